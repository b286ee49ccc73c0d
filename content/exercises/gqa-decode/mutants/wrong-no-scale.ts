// Forgets the 1/√d_k: the softmax is too peaked.
function attend(q: number[], k: number[][], v: number[][]): number[] {
  const scale = 1;
  const scores = k.map((kt) => kt.reduce((s, x, c) => s + x * q[c], 0) * scale);
  const max = Math.max(...scores);
  const w = scores.map((s) => Math.exp(s - max));
  const total = w.reduce((a, x) => a + x, 0);
  return v[0].map((_, c) => v.reduce((s, vt, t) => s + (w[t] / total) * vt[c], 0));
}

export function gqaDecode(q: number[][], keys: number[][][], values: number[][][]): number[][] {
  // consecutive query heads share a key/value head
  const group = q.length / keys.length;
  return q.map((qh, h) => {
    const g = Math.floor(h / group);
    return attend(qh, keys[g], values[g]);
  });
}
