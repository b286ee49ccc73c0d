export function rmsNorm(x: number[], gain: number[], eps: number): number[] {
  // TODO: this is LayerNorm without its bias; RMSNorm keeps neither the mean nor the bias
  const mean = x.reduce((a, v) => a + v, 0) / x.length;
  const variance = x.reduce((a, v) => a + (v - mean) ** 2, 0) / x.length;
  return x.map((v, i) => ((v - mean) / Math.sqrt(variance + eps)) * gain[i]);
}
