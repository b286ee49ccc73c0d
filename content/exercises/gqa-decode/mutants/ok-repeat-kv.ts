// Correct: first repeat each key/value head for its group (as repeat_kv does in common implementations), then plain multi-head attention.
export function gqaDecode(q: number[][], keys: number[][][], values: number[][][]): number[][] {
  const repeats = q.length / keys.length;
  const k: number[][][] = [];
  const v: number[][][] = [];
  for (let g = 0; g < keys.length; g++) {
    for (let r = 0; r < repeats; r++) {
      k.push(keys[g]);
      v.push(values[g]);
    }
  }
  return q.map((qh, h) => {
    const scores = k[h].map((kt) => {
      let dot = 0;
      for (let c = 0; c < qh.length; c++) dot += qh[c] * kt[c];
      return dot / Math.sqrt(qh.length);
    });
    const m = Math.max(...scores);
    const e = scores.map((s) => Math.exp(s - m));
    const z = e.reduce((a, x) => a + x, 0);
    const out = new Array<number>(v[h][0].length).fill(0);
    e.forEach((et, t) => v[h][t].forEach((x, c) => (out[c] += (et / z) * x)));
    return out;
  });
}
