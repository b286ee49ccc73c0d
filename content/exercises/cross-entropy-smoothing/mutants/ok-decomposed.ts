// Correct: the smoothed loss split as (1 − ε)·(−log p_y) + ε·mean_i(−log p_i), looping over kept rows only.
export interface LossOptions {
  ignoreIndex: number;
  labelSmoothing: number;
}

export function crossEntropyLoss(logits: number[][], targets: number[], options: LossOptions): { loss: number; gradient: number[][] } {
  const eps = options.labelSmoothing;
  const rows = targets.map((y, t) => ({ y, t })).filter(({ y }) => y !== options.ignoreIndex);
  const gradient = logits.map((z) => new Array<number>(z.length).fill(0));
  let loss = 0;
  for (const { y, t } of rows) {
    const z = logits[t];
    const V = z.length;
    const m = Math.max(...z);
    const lse = m + Math.log(z.map((v) => Math.exp(v - m)).reduce((a, b) => a + b, 0));
    const nll = lse - z[y];
    const meanNll = z.reduce((s, v) => s + (lse - v), 0) / V;
    loss += (1 - eps) * nll + eps * meanNll;
    for (let i = 0; i < V; i++) gradient[t][i] = (Math.exp(z[i] - lse) - eps / V - (i === y ? 1 - eps : 0)) / rows.length;
  }
  return { loss: loss / rows.length, gradient };
}
