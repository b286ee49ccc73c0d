// Scales by √(heads · d_k), the model width, instead of by √d_k of one head.
function attend(q: number[], k: number[][], v: number[][], width: number): number[] {
  const scale = 1 / Math.sqrt(q.length * width);
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
    return attend(qh, keys[g], values[g], q.length);
  });
}
