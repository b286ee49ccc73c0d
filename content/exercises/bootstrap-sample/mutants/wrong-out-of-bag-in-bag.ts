// Lists the distinct drawn indices (the in-bag items) as out of bag.
export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  const indices = Array.from({ length: n }, () => random.int(n));
  const outOfBag = [...new Set(indices)].sort((a, b) => a - b);
  return { indices, outOfBag };
}
