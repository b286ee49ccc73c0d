// Adds ε to the root instead of inside it: √(ms) + ε.
export function rmsNorm(x: number[], gain: number[], eps: number): number[] {
  const meanSquare = x.reduce((a, v) => a + v * v, 0) / x.length;
  // ε inside the root keeps a zero vector at zero instead of 0/0
  const scale = 1 / (Math.sqrt(meanSquare) + eps);
  return x.map((v, i) => v * scale * gain[i]);
}
