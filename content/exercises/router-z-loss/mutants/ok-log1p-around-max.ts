// Correct: lse = m + log1p(Σ over the other entries of e^(x − m)), in a loop, squared and averaged over tokens.
export function routerZLoss(logits: number[][]): number {
  let sum = 0;
  for (const row of logits) {
    let top = 0;
    for (let j = 1; j < row.length; j++) if (row[j] > row[top]) top = j;
    let rest = 0;
    for (let j = 0; j < row.length; j++) if (j !== top) rest += Math.exp(row[j] - row[top]);
    const lse = row[top] + Math.log1p(rest);
    sum += lse * lse;
  }
  return sum / logits.length;
}
