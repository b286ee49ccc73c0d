export function routerZLoss(logits: number[][]): number {
  let total = 0;
  for (const row of logits) {
    const lse = Math.log(row.reduce((s, v) => s + Math.exp(v), 0));
    total += lse * lse;
  }
  return total / logits.length;
}
