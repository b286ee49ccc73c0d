// Correct but O(n²): builds each Jacobian row s_i(δ_ij − s_j) and takes its dot product with g.
export function softmaxBackward(x: number[], g: number[]): number[] {
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  let total = 0;
  for (const v of x) total += Math.exp(v - max);
  const s = x.map((v) => Math.exp(v - max) / total);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let acc = 0;
    for (let j = 0; j < s.length; j++) acc += s[i] * ((i === j ? 1 : 0) - s[j]) * g[j];
    out.push(acc);
  }
  return out;
}
