// Averages over all B·N entries instead of over the B tokens.
function logSumExp(x: number[]): number {
  const max = Math.max(...x);
  return max + Math.log(x.reduce((s, v) => s + Math.exp(v - max), 0));
}

export function routerZLoss(logits: number[][]): number {
  return logits.reduce((s, row) => s + logSumExp(row) ** 2, 0) / (logits.length * logits[0].length);
}
