// Forgets the causal mask: with causal = true every query still attends to the later keys.
export function attention(q: number[][], k: number[][], v: number[][], _causal: boolean): number[][] {
  const scale = 1 / Math.sqrt(q[0].length);
  return q.map((qi) => {
    const scores = k.map((kj) => qi.reduce((s, x, c) => s + x * kj[c], 0) * scale);
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((s, x) => s + x, 0);
    const out = new Array<number>(v[0].length).fill(0);
    exps.forEach((e, j) => v[j].forEach((x, c) => (out[c] += (e / total) * x)));
    return out;
  });
}
