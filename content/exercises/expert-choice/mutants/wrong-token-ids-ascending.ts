// Picks the right tokens but lists them by token index, not by descending affinity.
export function expertChoice(probs: number[][], capacity: number): number[][] {
  return probs[0].map((_, e) => {
    const column = probs.map((row) => row[e]);
    const chosen = column.map((_, t) => t).sort((a, b) => column[b] - column[a] || a - b).slice(0, capacity);
    return chosen.sort((a, b) => a - b);
  });
}
