import type { Series } from './line-path';

/**
 * The rows of a line chart's data table: at most `maxRows` x values spread evenly over the
 * union of the series' x values (first and last always kept), each with every series' y at that
 * x (null where a series has no point there).
 */
export function lineTableRows(series: readonly Series[], maxRows = 20): Array<{ x: number; ys: Array<number | null> }> {
  const xs = [...new Set(series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
  const picked =
    xs.length <= maxRows ? xs : Array.from({ length: maxRows }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (maxRows - 1))]);
  const lookup = series.map((s) => new Map(s.points.map(([x, y]) => [x, y])));
  return [...new Set(picked)].map((x) => ({ x, ys: lookup.map((m) => m.get(x) ?? null) }));
}
