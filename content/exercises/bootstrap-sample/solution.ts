export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  const indices = Array.from({ length: n }, () => random.int(n));
  const drawn = new Set(indices);
  const outOfBag = Array.from({ length: n }, (_, i) => i).filter((i) => !drawn.has(i));
  return { indices, outOfBag };
}
