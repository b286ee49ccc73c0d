/**
 * The one measure of balance every widget and test uses (issue 21, item 3): from the share of
 * routed assignments each expert gets (summing to 1), the busiest expert's share over the even
 * share 1/N (max/mean load: 1 is perfectly even, N is everything on one expert) and the experts
 * that get less than IDLE_FRACTION of the even share ("idle": almost no points, so almost no
 * gradient from the task).
 */

/** An expert is idle below this fraction of its even share 1/N (2.5 % of points with N = 8). */
export const IDLE_FRACTION = 0.2;
/** Balanced: no idle expert and the busiest takes at most this many times its even share. */
export const BALANCED_MAX_OVER_MEAN = 1.5;
/** Collapsed: the busiest expert takes at least this many times its even share. */
export const COLLAPSED_MAX_OVER_MEAN = 2;

export type BalanceVerdict = 'balanced' | 'partial' | 'collapsed';

export interface LoadBalance {
  /** max/mean of the load shares. */
  maxOverMean: number;
  /** The busiest expert (0-based) and its share. */
  busiest: number;
  busiestShare: number;
  /** Experts below IDLE_FRACTION / N. */
  idle: number;
  verdict: BalanceVerdict;
}

/** Busiest expert's load divided by the mean load: $\max_e c_e / \bar c$ (1 when perfectly even). */
export function maxOverMean(load: readonly number[]): number {
  const mean = load.reduce((s, c) => s + c, 0) / load.length;
  if (!(mean > 0)) throw new RangeError('load must have a positive mean');
  return Math.max(...load) / mean;
}

/** Reads load shares with the one measure; fewer than two experts are balanced by definition. */
export function loadBalance(load: readonly number[]): LoadBalance {
  const n = load.length;
  const total = load.reduce((a, b) => a + b, 0);
  if (n < 2 || !(total > 0)) return { maxOverMean: 1, busiest: 0, busiestShare: n === 1 ? 1 : 0, idle: 0, verdict: 'balanced' };
  // Normalised here so a caller may pass counts as well as shares.
  const shares = load.map((x) => x / total);
  const busiestShare = Math.max(...shares);
  const idle = shares.filter((s) => s < IDLE_FRACTION / n).length;
  const ratio = maxOverMean(load);
  const verdict: BalanceVerdict =
    ratio >= COLLAPSED_MAX_OVER_MEAN ? 'collapsed' : idle === 0 && ratio <= BALANCED_MAX_OVER_MEAN ? 'balanced' : 'partial';
  return { maxOverMean: ratio, busiest: shares.indexOf(busiestShare), busiestShare, idle, verdict };
}
