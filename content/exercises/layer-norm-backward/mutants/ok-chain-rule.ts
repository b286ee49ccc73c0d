// Correct: the chain rule written out step by step (through x̂, σ² and μ), as a derivation on paper would go.
export function layerNormBackward(x: number[], gain: number[], g: number[], eps: number) {
  const d = x.length;
  const mu = x.reduce((s, v) => s + v, 0) / d;
  const centred = x.map((v) => v - mu);
  const variance = centred.reduce((s, c) => s + c * c, 0) / d;
  const std = Math.sqrt(variance + eps);
  const xHat = centred.map((c) => c / std);
  const dXHat = g.map((gi, i) => gi * gain[i]);
  // ∂L/∂σ² = Σ dx̂_i · c_i · (−½)(σ² + ε)^(−3/2)
  const dVar = dXHat.reduce((s, v, i) => s + v * centred[i], 0) * -0.5 * (variance + eps) ** -1.5;
  // ∂L/∂μ = −Σ dx̂_i / σ̃ + ∂L/∂σ² · (−2/d) Σ c_i, and Σ c_i = 0
  const dMu = -dXHat.reduce((s, v) => s + v, 0) / std;
  const dx = dXHat.map((v, i) => v / std + (dVar * 2 * centred[i]) / d + dMu / d);
  return { dx, dGain: g.map((gi, i) => gi * xHat[i]), dBias: [...g] };
}
