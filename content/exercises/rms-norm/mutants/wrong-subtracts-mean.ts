// Centres x first (LayerNorm without bias): RMSNorm never subtracts the mean.
export function rmsNorm(x: number[], gain: number[], eps: number): number[] {
  const mean = x.reduce((a, v) => a + v, 0) / x.length;
  x = x.map((v) => v - mean);
  const meanSquare = x.reduce((a, v) => a + v * v, 0) / x.length;
  // ε inside the root keeps a zero vector at zero instead of 0/0
  const scale = 1 / Math.sqrt(meanSquare + eps);
  return x.map((v, i) => v * scale * gain[i]);
}
