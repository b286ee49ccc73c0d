import type { MatrixLike } from './types';
import { checkInteger, checkMatrix } from './validate';

/** A finished beam: the tokens chosen and the sum of their log-probabilities (nats). */
export interface Beam {
  tokens: number[];
  logProb: number;
}

/**
 * One step of beam search given the model's next-token log-probabilities of every beam (beams ×
 * vocab): extend every beam by every token, score each candidate by
 * $\log p(\text{beam}_b) + \log p(v \mid \text{beam}_b)$ and keep the `width` best, best first.
 * Ties go to the lower beam index, then the lower token id (the order `beamSearch` finds them in). No length penalty and no end-of-sequence
 * handling: those change the scoring, not the step. Sources: the decoder of Sutskever, Vinyals &
 * Le 2014 (arXiv:1409.3215, §3.2); Graves 2012 (arXiv:1211.3711).
 */
export function beamSearchStep(beams: readonly Beam[], logProbs: MatrixLike, width: number): Beam[] {
  if (!Array.isArray(beams) || beams.length === 0) throw new RangeError('beams must be a non-empty array');
  const { cols: vocab } = checkMatrix(logProbs, 'logProbs', { rows: beams.length, rule: 'finite-or-minus-infinity' });
  checkInteger(width, 'width', 1, beams.length * vocab);
  const candidates: { beam: number; token: number; score: number }[] = [];
  beams.forEach((b, i) => {
    if (!Number.isFinite(b.logProb)) throw new RangeError(`beams[${i}].logProb must be a finite number, got ${String(b.logProb)}`);
    logProbs[i].forEach((lp, token) => candidates.push({ beam: i, token, score: b.logProb + lp }));
  });
  // two −∞ scores (impossible tokens) subtract to NaN, which || treats as a tie like 0
  candidates.sort((x, y) => y.score - x.score || x.beam - y.beam || x.token - y.token);
  return candidates.slice(0, width).map((c) => ({ tokens: [...beams[c.beam].tokens, c.token], logProb: c.score }));
}
