// Smooths the loss but takes the gradient against the one-hot target.
export interface LossOptions {
  ignoreIndex: number;
  labelSmoothing: number;
}

export function crossEntropyLoss(logits: number[][], targets: number[], { ignoreIndex, labelSmoothing: eps }: LossOptions): { loss: number; gradient: number[][] } {
  const kept = targets.filter((y) => y !== ignoreIndex).length;
  let total = 0;
  const gradient = logits.map((z, t) => {
    const y = targets[t];
    if (y === ignoreIndex) return z.map(() => 0);
    const max = Math.max(...z);
    const lse = max + Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0));
    const logP = z.map((v) => v - lse);
    // smoothed target: ε/V on every class, plus 1 − ε on the true one
    const q = z.map((_, i) => eps / z.length + (i === y ? 1 - eps : 0));
    total -= q.reduce((s, qi, i) => s + qi * logP[i], 0);
    return logP.map((lp, i) => (Math.exp(lp) - (i === y ? 1 : 0)) / kept);
  });
  return { loss: total / kept, gradient };
}
