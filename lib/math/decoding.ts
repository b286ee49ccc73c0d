import type { VectorLike } from './types';
import { beamSearchStep, type Beam } from './beam-search';
import { softmaxChecked } from './softmax';
import { rankDescending } from './top-k';
import { checkInteger, checkPositive, checkVector } from './validate';

export type { Beam } from './beam-search';

/**
 * Softmax of logits divided by a temperature T > 0: T < 1 sharpens the distribution, T > 1
 * flattens it, T → 0 tends to greedy (all mass on the argmax).
 *
 * $$p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}$$
 *
 * Source: Holtzman et al. 2020, "The Curious Case of Neural Text Degeneration", ICLR 2020,
 * arXiv:1904.09751, §3.3 (sampling with temperature); Ackley, Hinton & Sejnowski 1985.
 */
export function temperatureSoftmax(logits: VectorLike, temperature: number): number[] {
  checkVector(logits, 'logits');
  checkPositive(temperature, 'temperature');
  return softmaxChecked(
    logits.map((z) => z / temperature),
    'logits',
  );
}

function checkProbs(probs: VectorLike): number {
  const n = checkVector(probs, 'probs');
  probs.forEach((p, i) => {
    if (p < 0) throw new RangeError(`probs[${i}] must be ≥ 0, got ${p}`);
  });
  const total = probs.reduce((s, p) => s + p, 0);
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`probs must sum to 1, got ${total}`);
  return n;
}

function keepAndRenormalise(probs: VectorLike, kept: readonly number[]): number[] {
  const keep = new Set(kept);
  const mass = kept.reduce((s, i) => s + probs[i], 0);
  return probs.map((p, i) => (keep.has(i) ? p / mass : 0));
}

/**
 * Top-k sampling's distribution: keep the k most probable tokens (ties to the lower index),
 * zero the rest, renormalise. Source: Fan, Lewis & Dauphin 2018, "Hierarchical Neural Story
 * Generation", ACL 2018, arXiv:1805.04833, §5.4.
 */
export function topKFilter(probs: VectorLike, k: number): number[] {
  const n = checkProbs(probs);
  checkInteger(k, 'k', 1, n);
  return keepAndRenormalise(probs, rankDescending(probs).slice(0, k));
}

/**
 * Nucleus (top-p) sampling's distribution: keep the smallest set of most probable tokens whose
 * probabilities sum to at least p, zero the rest, renormalise. The set grows when the model is
 * unsure and shrinks when it is confident, unlike a fixed k.
 *
 * $$\sum_{x \in V^{(p)}} P(x \mid x_{<t}) \ge p$$
 *
 * Source: Holtzman et al. 2020 (arXiv:1904.09751), §3.1, eq. 2.
 */
export function topPFilter(probs: VectorLike, p: number): number[] {
  checkProbs(probs);
  if (!(p > 0 && p <= 1)) throw new RangeError(`p must be in (0, 1], got ${String(p)}`);
  const kept: number[] = [];
  let mass = 0;
  for (const i of rankDescending(probs)) {
    kept.push(i);
    mass += probs[i];
    if (mass >= p - 1e-12) break;
  }
  return keepAndRenormalise(probs, kept);
}

/**
 * Perplexity of a sequence from the probabilities the model gave its actual tokens: the
 * exponential of the mean cross-entropy in nats, equivalently 2 to the mean bits per token.
 *
 * $$\mathrm{PPL} = \exp\Big(-\frac1N\sum_{t=1}^{N}\ln p(x_t\mid x_{<t})\Big) = 2^{-\frac1N\sum_t \log_2 p(x_t\mid x_{<t})}$$
 *
 * Source: Jelinek, Mercer, Bahl & Baker 1977, "Perplexity — a measure of the difficulty of speech
 * recognition tasks", J. Acoust. Soc. Am. 62(S1); Jurafsky & Martin, Speech and Language
 * Processing (3rd ed. draft), ch. 3.
 */
export function perplexity(tokenProbs: VectorLike): number {
  checkVector(tokenProbs, 'tokenProbs');
  tokenProbs.forEach((p, i) => {
    if (!(p > 0 && p <= 1)) throw new RangeError(`tokenProbs[${i}] must be in (0, 1], got ${p}`);
  });
  const meanNats = -tokenProbs.reduce((s, p) => s + Math.log(p), 0) / tokenProbs.length;
  return Math.exp(meanNats);
}

/** Perplexity from a mean cross-entropy: `exp(nats)`, or `2 ** bits` when `unit` is 'bits'. */
export function perplexityFromLoss(loss: number, unit: 'nats' | 'bits' = 'nats'): number {
  if (!(Number.isFinite(loss) && loss >= 0)) throw new RangeError(`loss must be a finite number ≥ 0, got ${String(loss)}`);
  return unit === 'bits' ? 2 ** loss : Math.exp(loss);
}

/**
 * Beam search over a toy language model given as a table from a prefix (token ids joined by
 * ',', '' for the start) to its next-token distribution. Keeps the `width` highest-scoring partial
 * sequences at each of `steps` steps (score: sum of log-probabilities; ties to the earlier-found
 * beam). Width 1 is greedy decoding. Returns the final beams, best first. Each step is
 * `beamSearchStep` over the beams' log-probabilities; a zero-probability token is never kept.
 *
 * Source: beam search as used for neural sequence models, e.g. Sutskever, Vinyals & Le 2014,
 * "Sequence to Sequence Learning with Neural Networks", NeurIPS 2014, §3.2.
 */
export function beamSearch(table: Readonly<Record<string, VectorLike>>, width: number, steps: number): Beam[] {
  checkInteger(width, 'width', 1, 64);
  checkInteger(steps, 'steps', 1, 16);
  let beams: Beam[] = [{ tokens: [], logProb: 0 }];
  for (let step = 0; step < steps; step++) {
    const next = beams.map((beam) => {
      const key = beam.tokens.join(',');
      const probs = table[key];
      if (probs === undefined) throw new RangeError(`the table has no distribution for prefix "${key}"`);
      checkProbs(probs);
      return probs;
    });
    // a token that a distribution gives 0 (or lacks) is impossible: −∞, which the step ranks last
    const vocab = Math.max(...next.map((probs) => probs.length));
    const logProbs = next.map((probs) => Array.from({ length: vocab }, (_, v) => (probs[v] > 0 ? Math.log(probs[v]) : -Infinity)));
    beams = beamSearchStep(beams, logProbs, Math.min(width, beams.length * vocab)).filter((b) => b.logProb > -Infinity);
  }
  return beams;
}
