// Correct: one pass per query with a running max and a rescaled running sum (the "online softmax" of FlashAttention).
export function attention(q: number[][], k: number[][], v: number[][], causal: boolean): number[][] {
  const dk = q[0].length;
  return q.map((qi, i) => {
    let max = -Infinity;
    let sum = 0;
    let acc = new Array<number>(v[0].length).fill(0);
    const last = causal ? Math.min(i, k.length - 1) : k.length - 1;
    for (let j = 0; j <= last; j++) {
      let s = 0;
      for (let c = 0; c < dk; c++) s += qi[c] * k[j][c];
      s /= Math.sqrt(dk);
      const newMax = Math.max(max, s);
      const shrink = Math.exp(max - newMax);
      const w = Math.exp(s - newMax);
      acc = acc.map((a, c) => a * shrink + w * v[j][c]);
      sum = sum * shrink + w;
      max = newMax;
    }
    return acc.map((a) => a / sum);
  });
}
