export function expertChoice(probs: number[][], capacity: number): number[][] {
  // TODO: each expert (column) picks its top-`capacity` tokens
  return probs[0].map(() => probs.slice(0, capacity).map((_, t) => t));
}
