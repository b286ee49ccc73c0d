// Correct: a for loop of n draws with floor(next() · n), and a boolean array of drawn items for the out-of-bag list.
export function bootstrapSample(n: number, random: { next(): number; int(n: number): number }): { indices: number[]; outOfBag: number[] } {
  const indices: number[] = [];
  const seen = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const j = Math.floor(random.next() * n);
    indices.push(j);
    seen[j] = true;
  }
  const outOfBag: number[] = [];
  seen.forEach((s, i) => {
    if (!s) outOfBag.push(i);
  });
  return { indices, outOfBag };
}
