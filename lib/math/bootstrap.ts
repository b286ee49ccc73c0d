import type { Random } from './random';
import { checkInteger } from './validate';

/** A bootstrap resample of n items: the drawn indices and the indices never drawn. */
export interface BootstrapSample {
  /** n indices drawn uniformly with replacement, in draw order */
  indices: number[];
  /** out-of-bag: indices in [0, n) not drawn, ascending */
  outOfBag: number[];
}

/**
 * Draws n indices with replacement with `random.int(n)` (one draw per index, in order) and lists
 * the out-of-bag ones; each index is out of bag with probability $(1 - 1/n)^n \to e^{-1}$.
 *
 * Source: Breiman 1996, "Bagging predictors", Machine Learning 24(2):123–140.
 */
export function bootstrapSample(n: number, random: Pick<Random, 'int'>): BootstrapSample {
  checkInteger(n, 'n', 1);
  const indices = Array.from({ length: n }, () => random.int(n));
  const drawn = new Set(indices);
  const outOfBag = Array.from({ length: n }, (_, i) => i).filter((i) => !drawn.has(i));
  return { indices, outOfBag };
}
