import type { VectorLike } from './types';
import { softmaxChecked } from './softmax';
import { rankDescending } from './top-k';
import { checkInteger, checkPositive, checkVector } from './validate';

// cumulative sums of probabilities miss exact thresholds by a few ulps (0.5 + 0.3 < 0.8)
const THRESHOLD_TOLERANCE = 1e-12;

/** Decoding knobs: temperature > 0, top-k ≥ 1 (≥ the vocabulary keeps all), top-p in (0, 1]. */
export interface SamplingOptions {
  temperature: number;
  topK: number;
  topP: number;
}

/**
 * The distribution a sampler draws the next token from, in the order Hugging Face's
 * `generate` applies its logit processors: divide the logits by the temperature, keep the
 * `topK` most probable tokens, renormalise, then keep the fewest of those, by descending
 * probability, whose cumulative probability reaches `topP` (nucleus sampling), and renormalise
 * again. Ties are ranked to the lower token id; at least one token is always kept.
 *
 * $$p_i \propto e^{z_i/T}\,[i \in \mathcal K],\qquad \mathcal K = \text{top-}p\big(\text{top-}k(\mathrm{softmax}(z/T))\big)$$
 *
 * Sources: Fan, Lewis & Dauphin 2018 (top-k sampling, arXiv:1805.04833); Holtzman et al. 2020
 * (nucleus sampling, arXiv:1904.09751). Temperature $T<1$ sharpens the distribution, $T>1$ flattens it.
 */
export function samplingDistribution(logits: VectorLike, options: SamplingOptions): number[] {
  const n = checkVector(logits, 'logits');
  const { temperature, topK, topP } = options;
  checkPositive(temperature, 'temperature');
  checkInteger(topK, 'topK', 1);
  if (!(typeof topP === 'number' && topP > 0 && topP <= 1)) throw new RangeError(`topP must be a number in (0, 1], got ${String(topP)}`);
  const probs = softmaxChecked(logits.map((z) => z / temperature), 'logits');
  const ranked = rankDescending(probs).slice(0, Math.min(topK, n));
  const kTotal = ranked.reduce((s, i) => s + probs[i], 0);
  const kept: number[] = [];
  let cumulative = 0;
  for (const i of ranked) {
    kept.push(i);
    cumulative += probs[i] / kTotal;
    if (cumulative >= topP - THRESHOLD_TOLERANCE) break;
  }
  const total = kept.reduce((s, i) => s + probs[i], 0);
  const out = new Array<number>(n).fill(0);
  for (const i of kept) out[i] = probs[i] / total;
  return out;
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
