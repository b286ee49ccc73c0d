import { routeTopP, topK, type Random } from '@/lib/math';

/** How the next character is drawn from the model's logits. */
export interface SamplingOptions {
  /** Divides the logits; 0 means greedy (argmax). */
  temperature: number;
  /** Keep only the k most likely characters (0: all). */
  topK: number;
  /** Keep the fewest characters whose probability reaches p (1: all); Holtzman et al. 2020, arXiv:1904.09751. */
  topP: number;
}

/**
 * Draws one token id from `logits` [V]: divide by the temperature, keep the top-k, then the
 * nucleus of probability ≥ top-p (the same cumulative rule as lib/math routeTopP, which
 * renormalises what it keeps), and draw from what is left with the seeded `rng`.
 */
export function sampleToken(logits: ArrayLike<number>, options: SamplingOptions, rng: Random): number {
  const values = Array.from(logits);
  const k = options.topK > 0 ? Math.min(options.topK, values.length) : values.length;
  const kept = topK(values, k).indices;
  if (options.temperature <= 0 || k === 1) return kept[0];
  const scaled = kept.map((i) => values[i] / options.temperature);
  const p = Math.min(1, Math.max(options.topP, Number.MIN_VALUE));
  const { indices, weights } = routeTopP([scaled], p);
  let u = rng.next();
  for (const j of indices[0]) {
    u -= weights[0][j];
    if (u < 0) return kept[j];
  }
  // rounding left a sliver of u: the last kept candidate takes it
  return kept[indices[0][indices[0].length - 1]];
}
