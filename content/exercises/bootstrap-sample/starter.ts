export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  // TODO: draw n indices with random.int(n), then list the indices never drawn
  const indices = Array.from({ length: n }, () => Math.floor(Math.random() * n));
  return { indices, outOfBag: indices.filter(() => random.next() < 0) };
}
