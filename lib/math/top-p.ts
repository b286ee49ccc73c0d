import type { Matrix, MatrixLike } from './types';
import { softmaxChecked } from './softmax';
import { rankDescending } from './top-k';
import { checkMatrix } from './validate';

// cumulative sums of softmax outputs miss exact thresholds by a few ulps (0.5 + 0.3 < 0.8)
const THRESHOLD_TOLERANCE = 1e-12;

/** Result of top-p (adaptive-K) routing; tokens may get different numbers of experts. */
export interface TopPRoute {
  /** softmax of each token's router logits (tokens × N) */
  probs: Matrix;
  /** selected expert ids per token, by descending probability, ties to the lower id (variable length) */
  indices: number[][];
  /** combine weights (tokens × N): selected probs (renormalised by default), 0 elsewhere */
  weights: Matrix;
  /** number of experts each token activated */
  counts: number[];
}

/**
 * Top-p (dynamic) routing: per token, the fewest experts, taken by descending probability, whose
 * cumulative probability reaches the threshold p ∈ (0, 1].
 *
 * $$t^\ast = \min\Big\{\, t : \sum_{j \le t} p_{(j)} \ge p \,\Big\},\qquad \mathcal S = \{(1), \dots, (t^\ast)\}$$
 *
 * where $p_{(1)} \ge p_{(2)} \ge \dots$ are the sorted router probabilities. Weights are the
 * selected probabilities divided by their sum when `renormalize` (default), else the raw ones.
 * Source: Huang et al. 2024, "Harder Tasks Need More Experts: Dynamic Routing in MoE Models",
 * ACL 2024, arXiv:2403.07652.
 */
export function routeTopP(logits: MatrixLike, threshold: number, renormalize = true): TopPRoute {
  const { cols: numExperts } = checkMatrix(logits, 'logits');
  if (!(typeof threshold === 'number' && threshold > 0 && threshold <= 1)) {
    throw new RangeError(`threshold must be a number in (0, 1], got ${String(threshold)}`);
  }
  const probs = logits.map((row, t) => softmaxChecked(row, `logits[${t}]`));
  const indices = probs.map((p) => {
    const order = rankDescending(p);
    const selected: number[] = [];
    let cumulative = 0;
    for (const e of order) {
      selected.push(e);
      cumulative += p[e];
      if (cumulative >= threshold - THRESHOLD_TOLERANCE) break;
    }
    return selected;
  });
  const weights = probs.map((p, t) => {
    const total = renormalize ? indices[t].reduce((s, e) => s + p[e], 0) : 1;
    const row = new Array<number>(numExperts).fill(0);
    for (const e of indices[t]) row[e] = p[e] / total;
    return row;
  });
  return { probs, indices, weights, counts: indices.map((s) => s.length) };
}
