// Softmax without subtracting the row max: scaled scores above ~709 overflow e^s to Infinity (NaN weights).
export function attention(q: number[][], k: number[][], v: number[][], causal: boolean): number[][] {
  const scale = 1 / Math.sqrt(q[0].length);
  return q.map((qi, i) => {
    const scores = k.map((kj, j) => (causal && j > i ? -Infinity : qi.reduce((s, x, c) => s + x * kj[c], 0) * scale));
    const exps = scores.map((s) => Math.exp(s));
    const total = exps.reduce((s, x) => s + x, 0);
    const out = new Array<number>(v[0].length).fill(0);
    exps.forEach((e, j) => v[j].forEach((x, c) => (out[c] += (e / total) * x)));
    return out;
  });
}
