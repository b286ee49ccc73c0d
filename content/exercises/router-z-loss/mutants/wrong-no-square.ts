// Averages the log-sum-exp itself, forgetting to square it.
function logSumExp(x: number[]): number {
  const max = Math.max(...x);
  return max + Math.log(x.reduce((s, v) => s + Math.exp(v - max), 0));
}

export function routerZLoss(logits: number[][]): number {
  return logits.reduce((s, row) => s + logSumExp(row), 0) / logits.length;
}
