export function routeTopK(logits: number[][], k: number): { indices: number[][]; weights: number[][] } {
  // TODO: softmax each row, keep the k most probable experts, renormalise their weights
  return { indices: logits.map(() => new Array<number>(k).fill(0)), weights: logits.map((row) => row.map(() => 0)) };
}
