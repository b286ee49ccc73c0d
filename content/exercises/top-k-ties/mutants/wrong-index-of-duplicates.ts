// Sorts the values, then finds each one's index with indexOf: equal values all get the first index.
export function topK(x: number[], k: number): { values: number[]; indices: number[] } {
  const values = [...x].sort((a, b) => b - a).slice(0, k);
  return { values, indices: values.map((v) => x.indexOf(v)) };
}
