// Uses the mean absolute value instead of the root mean square.
export function rmsNorm(x: number[], gain: number[], eps: number): number[] {
  const meanAbs = x.reduce((a, v) => a + Math.abs(v), 0) / x.length;
  const scale = 1 / (meanAbs + eps);
  return x.map((v, i) => v * scale * gain[i]);
}
