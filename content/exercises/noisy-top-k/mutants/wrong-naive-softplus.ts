// A stable softmax but the textbook softplus log(1 + e^v): Infinity for v = 800, so H and the gates break.
function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, i) => s + v * b[i][j], 0)));
}

export function noisyTopKGating(x: number[][], wGate: number[][], wNoise: number[][], noise: number[][], k: number): number[][] {
  const clean = matmul(x, wGate);
  const scale = matmul(x, wNoise);
  return clean.map((row, t) => {
    const h = row.map((c, i) => c + noise[t][i] * Math.log(1 + Math.exp(scale[t][i])));
    const kept = h.map((_, i) => i).sort((a, b) => h[b] - h[a] || a - b).slice(0, k);
    const max = h[kept[0]];
    const gates = h.map((v, i) => (kept.includes(i) ? Math.exp(v - max) : 0));
    const total = gates.reduce((s, v) => s + v, 0);
    return gates.map((g) => g / total);
  });
}
