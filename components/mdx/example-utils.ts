import { formatNumber } from '@/lib/viz/tex';

/**
 * Runs a worked example's computation; an error (a bad prop caught by lib/math or by the
 * component) is re-thrown with the component's name, so the build failure says which tag is wrong.
 */
export function computeFor<T>(component: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw new Error(`<${component}>: ${(error as Error).message}`);
  }
}

/** Throws a RangeError with `message` unless `condition` holds (for props lib/math does not see). */
export function ensure(condition: boolean, message: string): asserts condition {
  if (!condition) throw new RangeError(message);
}

/** A row vector in LaTeX: (a, b, c) with `digits` decimals. */
export function texVector(v: readonly number[], digits = 3): string {
  return `\\big(${v.map((x) => formatNumber(x, digits)).join(',\\ ')}\\big)`;
}

/** A set of expert or token ids in LaTeX, in the given order: \{2, 0\}. */
export function texSet(ids: readonly number[]): string {
  return `\\{${ids.join(',\\ ')}\\}`;
}

/** The mean of each column of a tokens × N matrix: P_e = (1/T) Σ_t m[t][e]. */
export function columnMeans(m: readonly (readonly number[])[]): number[] {
  return m[0].map((_, e) => m.reduce((sum, row) => sum + row[e], 0) / m.length);
}
