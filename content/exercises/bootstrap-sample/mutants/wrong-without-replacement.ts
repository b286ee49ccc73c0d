// A shuffled permutation (Fisher–Yates): sampling without replacement, so nothing is ever out of bag.
export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  const indices = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return { indices, outOfBag: [] };
}
