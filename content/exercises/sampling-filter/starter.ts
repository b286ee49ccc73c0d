export interface SamplingOptions {
  temperature: number;
  topK: number;
  topP: number;
}

export function samplingDistribution(logits: number[], options: SamplingOptions): number[] {
  // TODO: the temperature is applied; top-k, then top-p, each followed by renormalising, are missing
  const z = logits.map((v) => v / options.temperature);
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / total);
}

export function sampleToken(logits: number[], options: SamplingOptions, rng: { next(): number }): number {
  // TODO: one draw, then the inverse CDF of the filtered distribution over ids 0, 1, 2, … (this draws every id equally)
  const p = samplingDistribution(logits, options);
  return Math.min(p.length - 1, Math.floor(rng.next() * p.length));
}
