import type { Random } from './random';
import { softVote } from './ensembles';
import type { MatrixLike, VectorLike } from './types';
import { checkInteger } from './validate';

/**
 * A bootstrap sample as multiplicities: `counts[i]` = how often pool[j] = i was drawn when drawing
 * `size` times uniformly with replacement from `pool` (default: all of 0 … n − 1). A point with
 * count 0 is out of bag; over the whole set that happens with probability (1 − 1/n)ⁿ → e⁻¹ ≈ 0.368.
 *
 * Source: Breiman 1996, "Bagging predictors", Machine Learning 24(2):123–140; FACTS A17.
 */
export function bootstrapCounts(n: number, rng: Pick<Random, 'int'>, pool?: readonly number[], size?: number): number[] {
  checkInteger(n, 'n', 1);
  const from = pool ?? Array.from({ length: n }, (_, i) => i);
  if (from.length === 0) throw new RangeError('pool must hold at least one index');
  from.forEach((i, j) => checkInteger(i, `pool[${j}]`, 0, n - 1));
  const draws = size ?? from.length;
  checkInteger(draws, 'size', 1);
  const counts = new Array<number>(n).fill(0);
  for (let d = 0; d < draws; d++) counts[from[rng.int(from.length)]]++;
  return counts;
}

/** The out-of-bag estimate of a bagged classifier. */
export interface OutOfBag {
  /** Share of covered points whose out-of-bag soft vote is right, 0…1 (0 when none is covered). */
  accuracy: number;
  /** Points that were out of bag for at least one member. */
  covered: number;
  /** Out-of-bag predicted class per training point; −1 where no member left it out. */
  predictions: number[];
}

/**
 * Out-of-bag estimate: each training point is classified by the soft vote of only the members whose
 * bootstrap sample left it out (`counts[m][s] = 0`); `probs[m]` is member m's samples × classes
 * probabilities on the training set. Ties go to the lower class.
 *
 * Source: Breiman 1996, "Out-of-bag estimation" (technical report), and Breiman 2001 §3.1.
 */
export function outOfBag(probs: readonly MatrixLike[], counts: MatrixLike, labels: VectorLike): OutOfBag {
  if (probs.length === 0 || probs.length !== counts.length) throw new RangeError('probs and counts must hold the same number of members (≥ 1)');
  let covered = 0;
  let right = 0;
  const predictions = labels.map((label, s) => {
    const out = probs.filter((_, m) => counts[m][s] === 0).map((p) => [p[s]]);
    if (out.length === 0) return -1;
    const mean = softVote(out)[0];
    let best = 0;
    for (let c = 1; c < mean.length; c++) if (mean[c] > mean[best]) best = c;
    covered++;
    if (best === label) right++;
    return best;
  });
  return { accuracy: covered === 0 ? 0 : right / covered, covered, predictions };
}
