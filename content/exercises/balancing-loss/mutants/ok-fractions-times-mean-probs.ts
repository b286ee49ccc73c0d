// Correct: builds f (k × N slot fractions) and P explicitly, then N · Σ_j Σ_e f[j][e] · P[e]; top-k by repeated argmax.
export function loadBalancingLoss(logits: number[][], k: number): number {
  const tokens = logits.length;
  const n = logits[0].length;
  const f = Array.from({ length: k }, () => new Array<number>(n).fill(0));
  const P = new Array<number>(n).fill(0);
  for (const z of logits) {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    const p = e.map((v) => v / s);
    for (let i = 0; i < n; i++) P[i] += p[i] / tokens;
    const taken: number[] = [];
    for (let j = 0; j < k; j++) {
      let best = -1;
      for (let i = 0; i < n; i++) if (!taken.includes(i) && (best < 0 || p[i] > p[best])) best = i;
      taken.push(best);
      f[j][best] += 1 / tokens;
    }
  }
  let loss = 0;
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) loss += f[j][i] * P[i];
  return n * loss;
}
