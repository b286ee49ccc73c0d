export interface SamplingOptions {
  temperature: number;
  topK: number;
  topP: number;
}

export function samplingDistribution(logits: number[], options: SamplingOptions): number[] {
  // TODO: temperature, then top-k, then top-p, renormalising after each filter
  const max = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - max));
  const total = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / total);
}

export function sampleToken(logits: number[], options: SamplingOptions, rng: { next(): number }): number {
  // TODO: one draw, inverse CDF over ids 0, 1, 2, …
  const p = samplingDistribution(logits, options);
  return p.indexOf(Math.max(...p));
}
