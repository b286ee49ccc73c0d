import { createRandom, type Matrix } from '@/lib/math';
import { hashText, tokenize } from '@/lib/data/text';

export { tokenize };

/** The sentence the explorer starts with; the learner can edit it. */
export const DEFAULT_SENTENCE = 'The cat sat on the mat because it was tired';
export const MIN_TOKENS = 2;
export const MAX_TOKENS = 12;
/** Longer text is cut here before tokenising, so a URL cannot carry an essay. */
export const MAX_TEXT_CHARS = 200;
/** The padding token appended when the learner asks for padding positions. */
export const PAD_TOKEN = '[PAD]';
/** Width of the toy embeddings, d_model. */
export const D_MODEL = 16;

// seeds go up to 999_999 < 2^20; hash · 2^20 + seed stays a safe integer
const SEED_SPAN = 2 ** 20;

/** The sequence the explorer attends over: the sentence's tokens, then `pad` padding tokens. */
export function withPadding(tokens: readonly string[], pad: number): { tokens: string[]; isPad: boolean[] } {
  const all = [...tokens, ...Array.from({ length: pad }, () => PAD_TOKEN)];
  return { tokens: all, isPad: all.map((_, i) => i >= tokens.length) };
}

/**
 * Sinusoidal positional encoding of position `pos` in `d` dimensions (Vaswani et al. 2017, §3.5).
 *
 * $$PE_{(pos,2i)} = \sin(pos/10000^{2i/d}),\qquad PE_{(pos,2i+1)} = \cos(pos/10000^{2i/d})$$
 */
export function positionalEncoding(pos: number, d: number): number[] {
  return Array.from({ length: d }, (_, c) => {
    const angle = pos / 10000 ** ((2 * Math.floor(c / 2)) / d);
    return c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
  });
}

/** LayerNorm without learned gain or bias (γ = 1, β = 0): mean 0 and mean square 1 across the row. */
export function layerNorm(x: readonly number[]): number[] {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  const variance = x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length;
  const std = Math.sqrt(variance + 1e-12);
  return x.map((v) => (v - mean) / std);
}

/**
 * Toy token vectors, T × D_MODEL: a seeded N(0, 1) embedding per word (lower-cased, so "The" and
 * "the" share one), plus the sinusoidal positional encoding, then LayerNorm as a pre-LN block
 * does before attention. Each row has mean 0 and mean square 1.
 *
 * $$x_t = \mathrm{LN}\big(e_{w_t} + PE_t\big),\qquad e_{w} \sim \mathcal N(0, I)$$
 */
export function embedTokens(tokens: readonly string[], seed: number): Matrix {
  if (!Number.isInteger(seed) || seed < 0 || seed >= SEED_SPAN) throw new RangeError(`seed must be an integer in [0, ${SEED_SPAN - 1}], got ${seed}`);
  return tokens.map((token, pos) => {
    const random = createRandom(hashText(token.toLowerCase()) * SEED_SPAN + seed);
    const pe = positionalEncoding(pos, D_MODEL);
    return layerNorm(pe.map((p) => random.normal() + p));
  });
}

/** A token as a short label: long words are cut with an ellipsis. */
export function tokenLabel(token: string, max = 10): string {
  return token.length > max ? `${token.slice(0, max - 1)}…` : token;
}
