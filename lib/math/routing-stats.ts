/**
 * Statistics of a trained router's top-1 choices on real text (the MoE Language Model): how the
 * tokens of each group (a source, a character class) spread over the experts, how often a token
 * goes to the same expert as the token before it, and how even a layer's load is.
 */
import { cvSquared } from './balancing';
import { loadBalance, type BalanceVerdict } from './load-balance';

/** Share of the tokens of one group (a source, a character class…) that goes to each expert. */
export interface GroupShares {
  /** Tokens of the group counted. */
  tokens: number;
  /** Per expert, its share of the group's tokens: sums to 1, or all 0 when the group has no token. */
  shares: number[];
}

function checkIndex(value: number, size: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= size) throw new RangeError(`${name} must be an integer in [0, ${size}), got ${value}`);
}

function checkSize(size: number, name: string): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`${name} must be a positive integer, got ${size}`);
}

/** Token i belongs to groups[i] and was routed to experts[i]; each group's tokens → their share per expert. */
export function groupShares(groups: readonly number[], experts: readonly number[], numGroups: number, numExperts: number): GroupShares[] {
  checkSize(numGroups, 'numGroups');
  checkSize(numExperts, 'numExperts');
  if (groups.length !== experts.length) throw new RangeError(`groups (${groups.length}) and experts (${experts.length}) must have the same length`);
  const counts = Array.from({ length: numGroups }, () => new Array<number>(numExperts).fill(0));
  groups.forEach((g, i) => {
    checkIndex(g, numGroups, 'group');
    checkIndex(experts[i], numExperts, 'expert');
    counts[g][experts[i]]++;
  });
  return counts.map((row) => {
    const tokens = row.reduce((s, n) => s + n, 0);
    return { tokens, shares: row.map((n) => (tokens > 0 ? n / tokens : 0)) };
  });
}

/** One routed text of one group: the top-1 expert of each of its tokens (one layer), in reading order. */
export interface RoutedSequence {
  group: number;
  experts: readonly number[];
}

/** A group's row of the routing table. */
export interface SourceRouting extends GroupShares {
  /** Adjacent token pairs inside the same text (a text of n tokens gives n − 1). */
  pairs: number;
  /** Share of those pairs whose two tokens have the same top-1 expert (0 when there is no pair). */
  samePrevious: number;
  /**
   * The share samePrevious would have by chance: Σ_e shares_e², the probability that two tokens
   * drawn independently from this group's shares go to the same expert. A samePrevious well above
   * it means the router keeps runs of neighbouring characters together (words, numbers, lines of
   * Chinese), which the shares alone cannot show.
   */
  sameChance: number;
}

/** The routing table: per group, its share per expert and how often a token follows its predecessor's expert. */
export function routingTable(texts: readonly RoutedSequence[], numGroups: number, numExperts: number): SourceRouting[] {
  const groups: number[] = [];
  const experts: number[] = [];
  const pairs = new Array<number>(numGroups).fill(0);
  const same = new Array<number>(numGroups).fill(0);
  for (const text of texts) {
    checkIndex(text.group, numGroups, 'group');
    text.experts.forEach((e, i) => {
      groups.push(text.group);
      experts.push(e);
      if (i === 0) return;
      pairs[text.group]++;
      if (e === text.experts[i - 1]) same[text.group]++;
    });
  }
  return groupShares(groups, experts, numGroups, numExperts).map((row, g) => ({
    ...row,
    pairs: pairs[g],
    samePrevious: pairs[g] > 0 ? same[g] / pairs[g] : 0,
    sameChance: row.shares.reduce((s, p) => s + p * p, 0),
  }));
}

/** Coefficient of variation: population standard deviation over the mean (0 when all are equal). */
export function coefficientOfVariation(values: readonly number[]): number {
  return Math.sqrt(cvSquared(values));
}

/** How even one layer's load is, from the share of routed assignments each expert got. */
export interface LoadStats {
  /** Busiest share over the mean share: 1 is even, N is everything on one expert (lib/math loadBalance). */
  maxOverMean: number;
  /** Population std over mean of the shares: 0 is even, √(N − 1) is everything on one expert. */
  cv: number;
  busiest: number;
  busiestShare: number;
  /** Experts below IDLE_FRACTION of the even share. */
  idle: number;
  verdict: BalanceVerdict;
}

/** A layer's load shares (or counts) → max/mean, CV and the one verdict every widget uses. */
export function loadStats(shares: readonly number[]): LoadStats {
  const b = loadBalance(shares);
  const total = shares.reduce((s, x) => s + x, 0);
  const cv = shares.length < 2 || !(total > 0) ? 0 : coefficientOfVariation(shares);
  return { maxOverMean: b.maxOverMean, cv, busiest: b.busiest, busiestShare: b.busiestShare, idle: b.idle, verdict: b.verdict };
}

/**
 * A long step × expert history → at most `maxRows` rows, each the mean of consecutive rows
 * (bins as even as integer sizes allow, the later bins one larger), labelled by the last step
 * of its bin. A heatmap of 2,000 steps stays a few hundred cells wide.
 */
export function binRows(steps: readonly number[], rows: readonly (readonly number[])[], maxRows: number): { steps: number[]; rows: number[][] } {
  checkSize(maxRows, 'maxRows');
  if (steps.length !== rows.length) throw new RangeError(`steps (${steps.length}) and rows (${rows.length}) must have the same length`);
  const n = rows.length;
  if (n <= maxRows) return { steps: [...steps], rows: rows.map((r) => [...r]) };
  const outSteps: number[] = [];
  const outRows: number[][] = [];
  for (let b = 0; b < maxRows; b++) {
    const start = Math.floor((b * n) / maxRows);
    const end = Math.floor(((b + 1) * n) / maxRows);
    const width = rows[start].length;
    const sum = new Array<number>(width).fill(0);
    for (let i = start; i < end; i++) rows[i].forEach((v, e) => (sum[e] += v));
    outRows.push(sum.map((v) => v / (end - start)));
    outSteps.push(steps[end - 1]);
  }
  return { steps: outSteps, rows: outRows };
}

/** Share of tokens at least one of whose assignments capacity dropped (0 for no tokens). */
export function droppedShare(dropped: readonly boolean[]): number {
  if (dropped.length === 0) return 0;
  return dropped.filter(Boolean).length / dropped.length;
}
