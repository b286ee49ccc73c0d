// Calls random.int(n − 1), as if int were inclusive: the last item can never be drawn.
export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  const indices = Array.from({ length: n }, () => random.int(n - 1));
  const drawn = new Set(indices);
  const outOfBag = Array.from({ length: n }, (_, i) => i).filter((i) => !drawn.has(i));
  return { indices, outOfBag };
}
