export function layerNormBackward(x: number[], gain: number[], g: number[], eps: number) {
  const d = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / d;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
  const inv = 1 / Math.sqrt(variance + eps);
  const xHat = x.map((v) => (v - mean) * inv);
  const h = g.map((gi, i) => gi * gain[i]); // ∂L/∂x̂
  const hMean = h.reduce((s, v) => s + v, 0) / d; // what the mean passes back
  const hxMean = h.reduce((s, v, i) => s + v * xHat[i], 0) / d; // what the variance passes back
  return {
    dx: h.map((hi, i) => inv * (hi - hMean - xHat[i] * hxMean)),
    dGain: g.map((gi, i) => gi * xHat[i]),
    dBias: g.slice(),
  };
}
