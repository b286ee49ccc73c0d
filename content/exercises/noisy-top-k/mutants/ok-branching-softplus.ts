// Correct: softplus by branch (v + log1p(e^−v) for v > 0), −∞ for the dropped entries, then a stable softmax.
function softplus(v: number): number {
  return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
}

export function noisyTopKGating(x: number[][], wGate: number[][], wNoise: number[][], noise: number[][], k: number): number[][] {
  const n = wGate[0].length;
  return x.map((xt, t) => {
    const h: number[] = [];
    for (let i = 0; i < n; i++) {
      let clean = 0;
      let raw = 0;
      for (let j = 0; j < xt.length; j++) {
        clean += xt[j] * wGate[j][i];
        raw += xt[j] * wNoise[j][i];
      }
      h.push(clean + noise[t][i] * softplus(raw));
    }
    const masked = [...h];
    const kept = new Set<number>();
    for (let round = 0; round < k; round++) {
      let best = -1;
      for (let i = 0; i < n; i++) if (!kept.has(i) && (best < 0 || h[i] > h[best])) best = i;
      kept.add(best);
    }
    for (let i = 0; i < n; i++) if (!kept.has(i)) masked[i] = -Infinity;
    const max = Math.max(...masked);
    const exps = masked.map((v) => Math.exp(v - max));
    const total = exps.reduce((s, v) => s + v, 0);
    return exps.map((v) => v / total);
  });
}
