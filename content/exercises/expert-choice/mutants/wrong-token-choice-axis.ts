// Top-k over each token's row (token choice) instead of over each expert's column: the wrong axis.
export function expertChoice(probs: number[][], capacity: number): number[][] {
  return probs.map((row) => row.map((_, e) => e).sort((a, b) => row[b] - row[a] || a - b).slice(0, capacity));
}
