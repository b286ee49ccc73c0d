// Treats μ and σ as constants: dx = g ⊙ γ / σ̃, missing both correction terms.
export function layerNormBackward(x: number[], gain: number[], g: number[], eps: number) {
  const d = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / d;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
  const inv = 1 / Math.sqrt(variance + eps);
  const xHat = x.map((v) => (v - mean) * inv);
  const h = g.map((gi, i) => gi * gain[i]); // ∂L/∂x̂
  return {
    dx: h.map((hi) => inv * hi),
    dGain: g.map((gi, i) => gi * xHat[i]),
    dBias: g.slice(),
  };
}
