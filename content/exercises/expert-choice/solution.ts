export function expertChoice(probs: number[][], capacity: number): number[][] {
  return probs[0].map((_, e) => {
    const column = probs.map((row) => row[e]);
    return column.map((_, t) => t).sort((a, b) => column[b] - column[a] || a - b).slice(0, capacity);
  });
}
