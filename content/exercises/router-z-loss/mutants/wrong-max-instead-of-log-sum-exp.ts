// Shifts by the max but forgets to add back log Σ e^(x − m): squares the max logit only.
export function routerZLoss(logits: number[][]): number {
  return logits.reduce((s, row) => s + Math.max(...row) ** 2, 0) / logits.length;
}
