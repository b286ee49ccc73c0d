// Correct: k rounds of argmax with a strict >, so the first (lowest) index of equal values wins.
export function topK(x: number[], k: number): { values: number[]; indices: number[] } {
  const taken = new Set<number>();
  const indices: number[] = [];
  for (let round = 0; round < k; round++) {
    let best = -1;
    for (let i = 0; i < x.length; i++) if (!taken.has(i) && (best < 0 || x[i] > x[best])) best = i;
    taken.add(best);
    indices.push(best);
  }
  return { values: indices.map((i) => x[i]), indices };
}
