// Penalises Σ_j x_j² (an L2 penalty on the logits) instead of (log Σ_j e^x_j)².
export function routerZLoss(logits: number[][]): number {
  return logits.reduce((s, row) => s + row.reduce((a, v) => a + v * v, 0), 0) / logits.length;
}
