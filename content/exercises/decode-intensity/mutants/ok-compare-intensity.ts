// Correct: decides the bound by comparing the intensity with the ridge (intensity ≤ ridge ⇔ memory time ≥ compute time).
export interface DecodeMatmul {
  batch: number;
  dIn: number;
  dOut: number;
  bytesPerElement: number;
  peakFlops: number;
  bandwidth: number;
}

export function decodeMatmul({ batch, dIn, dOut, bytesPerElement: b, peakFlops, bandwidth }: DecodeMatmul) {
  const weights = dIn * dOut * b;
  const activations = batch * (dIn + dOut) * b;
  const bytes = weights + activations;
  const flops = 2 * dIn * dOut * batch;
  const intensity = flops / bytes;
  const ridge = peakFlops / bandwidth;
  const bound = intensity <= ridge ? 'memory' : 'compute';
  const seconds = bound === 'memory' ? bytes / bandwidth : flops / peakFlops;
  return { flops, bytes, intensity, ridge, seconds, bound };
}
