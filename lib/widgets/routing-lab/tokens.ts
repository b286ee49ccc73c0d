import { hashText, tokenize } from '@/lib/data/text';
import { createRandom, type Matrix } from '@/lib/math';

export { hashText, tokenize };

/** The sentence the lab starts with; the learner can edit it. */
export const DEFAULT_SENTENCE = 'The cat sat on the mat because it was tired';
export const MIN_TOKENS = 8;
export const MAX_TOKENS = 64;
/** Longer sentences are cut here before tokenising, so a URL cannot carry an essay. */
export const MAX_TEXT_CHARS = 600;

/** Labels of a sequence of `count` tokens with random logits: t1, t2, … */
export function positionTokens(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `t${i + 1}`);
}

// seeds go up to 999_999 < 2^20, so hash · 2^20 + seed stays a safe integer and never collides
const SEED_SPAN = 2 ** 20;

/**
 * Toy router logits, tokens × N: each token's row is drawn from a generator seeded by the hash of
 * its text and `seed` (the same word always routes the same way), plus a per-expert skew that
 * favours low-numbered experts.
 *
 * $$z_{t,e} = \varepsilon_{t,e} + \mathrm{skew}\cdot\frac{N-1-e}{N-1},\qquad \varepsilon_{t,e} \sim \mathcal N(0, 1)$$
 *
 * Expert e's draw does not depend on N, so adding experts leaves the others' logits unchanged.
 */
export function toyLogits(tokens: readonly string[], numExperts: number, seed: number, skew = 0): Matrix {
  if (!Number.isInteger(seed) || seed < 0 || seed >= SEED_SPAN) throw new RangeError(`seed must be an integer in [0, ${SEED_SPAN - 1}], got ${seed}`);
  if (!Number.isInteger(numExperts) || numExperts < 1) throw new RangeError(`numExperts must be an integer ≥ 1, got ${numExperts}`);
  return tokens.map((token) => {
    const random = createRandom(hashText(token) * SEED_SPAN + seed);
    return Array.from({ length: numExperts }, (_, e) => random.normal() + (numExperts > 1 ? (skew * (numExperts - 1 - e)) / (numExperts - 1) : 0));
  });
}
