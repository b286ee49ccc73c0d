import type { VectorLike } from './types';
import { temperatureSoftmax, topKFilter, topPFilter } from './decoding';
import { checkInteger, checkVector } from './validate';

/** Decoding knobs: temperature > 0, top-k ≥ 1 (≥ the vocabulary keeps all), top-p in (0, 1]. */
export interface SamplingOptions {
  temperature: number;
  topK: number;
  topP: number;
}

/**
 * The distribution a sampler draws the next token from, in the order Hugging Face's `generate`
 * applies its logit processors: divide the logits by the temperature, keep the `topK` most
 * probable tokens and renormalise, then keep the fewest of *those*, by descending probability,
 * whose (renormalised) cumulative probability reaches `topP`, and renormalise again. Ties rank to
 * the lower token id; at least one token is always kept. Built from `temperatureSoftmax`,
 * `topKFilter` and `topPFilter` (decoding.ts), whose sources apply.
 */
export function samplingDistribution(logits: VectorLike, options: SamplingOptions): number[] {
  const n = checkVector(logits, 'logits');
  const { temperature, topK, topP } = options;
  checkInteger(topK, 'topK', 1);
  return topPFilter(topKFilter(temperatureSoftmax(logits, temperature), Math.min(topK, n)), topP);
}

/**
 * Inverse-CDF sampling of one token from `probs` with a uniform `u` in [0, 1): the first token id,
 * in ascending order, whose cumulative probability exceeds `u`. When rounding leaves `u` at or
 * above the total, the last token with nonzero probability.
 */
export function sampleIndex(probs: VectorLike, u: number): number {
  const n = checkVector(probs, 'probs');
  if (!(typeof u === 'number' && u >= 0 && u < 1)) throw new RangeError(`u must be a number in [0, 1), got ${String(u)}`);
  let cumulative = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (probs[i] < 0) throw new RangeError(`probs[${i}] must be ≥ 0, got ${probs[i]}`);
    if (probs[i] === 0) continue;
    cumulative += probs[i];
    last = i;
    if (u < cumulative) return i;
  }
  if (last < 0) throw new RangeError('probs must have a nonzero entry');
  return last;
}
