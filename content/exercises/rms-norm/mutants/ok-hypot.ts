// Correct: the root mean square as hypot(x) / √d, with ε folded in as one more squared term d·ε.
export function rmsNorm(x: number[], gain: number[], eps: number): number[] {
  const d = x.length;
  const rms = Math.hypot(...x, Math.sqrt(d * eps)) / Math.sqrt(d);
  const out: number[] = [];
  for (let i = 0; i < d; i++) out.push((gain[i] * x[i]) / rms);
  return out;
}
