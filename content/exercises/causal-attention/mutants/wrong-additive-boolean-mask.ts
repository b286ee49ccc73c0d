// Adds the 0/1 "allowed" mask to the scores instead of setting later keys to −∞: future keys still get weight.
export function attention(q: number[][], k: number[][], v: number[][], causal: boolean): number[][] {
  const scale = 1 / Math.sqrt(q[0].length);
  return q.map((qi, i) => {
    const scores = k.map((kj, j) => qi.reduce((s, x, c) => s + x * kj[c], 0) * scale + (causal && j <= i ? 1 : 0));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((s, x) => s + x, 0);
    const out = new Array<number>(v[0].length).fill(0);
    exps.forEach((e, j) => v[j].forEach((x, c) => (out[c] += (e / total) * x)));
    return out;
  });
}
