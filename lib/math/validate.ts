import type { MatrixLike, VectorLike } from './types';

/** Which numbers an argument may hold. */
export type NumberRule = 'finite' | 'finite-or-minus-infinity' | 'not-nan';

/** Rows and columns of a checked matrix. */
export interface Shape {
  rows: number;
  cols: number;
}

function allowed(value: unknown, rule: NumberRule): boolean {
  if (typeof value !== 'number' || Number.isNaN(value)) return false;
  if (rule === 'finite') return Number.isFinite(value);
  if (rule === 'finite-or-minus-infinity') return value !== Infinity;
  return true;
}

function describeRule(rule: NumberRule): string {
  if (rule === 'finite') return 'a finite number';
  if (rule === 'finite-or-minus-infinity') return 'a finite number or -Infinity';
  return 'a number (not NaN)';
}

/** Throws unless `value` is an integer in [min, max]. */
export function checkInteger(value: number, name: string, min: number, max = Infinity): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  const range = max === Infinity ? `≥ ${min}` : `in [${min}, ${max}]`;
  throw new RangeError(`${name} must be an integer ${range}, got ${String(value)}`);
}

/** Throws unless `value` is a finite number > 0. */
export function checkPositive(value: number, name: string): void {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return;
  throw new RangeError(`${name} must be a finite number > 0, got ${String(value)}`);
}

/** Throws unless `value` is a finite number ≥ 0. */
export function checkNonNegative(value: number, name: string): void {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return;
  throw new RangeError(`${name} must be a finite number ≥ 0, got ${String(value)}`);
}

/** Throws unless `x` is a non-empty array (of `length`, if given) of allowed numbers; returns its length. */
export function checkVector(
  x: VectorLike,
  name: string,
  options: { length?: number; rule?: NumberRule } = {},
): number {
  const { length, rule = 'finite' } = options;
  if (!Array.isArray(x) || x.length === 0) throw new RangeError(`${name} must be a non-empty array of numbers`);
  if (length !== undefined && x.length !== length) {
    throw new RangeError(`${name} must have length ${length}, got ${x.length}`);
  }
  x.forEach((v, i) => {
    if (!allowed(v, rule)) throw new RangeError(`${name}[${i}] must be ${describeRule(rule)}, got ${String(v)}`);
  });
  return x.length;
}

/** Throws unless `m` is a non-empty rectangular matrix (of the given rows/cols) of allowed numbers. */
export function checkMatrix(
  m: MatrixLike,
  name: string,
  options: { rows?: number; cols?: number; rule?: NumberRule } = {},
): Shape {
  const { rows, cols, rule = 'finite' } = options;
  if (!Array.isArray(m) || m.length === 0) throw new RangeError(`${name} must be a non-empty matrix (array of rows)`);
  if (rows !== undefined && m.length !== rows) throw new RangeError(`${name} must have ${rows} rows, got ${m.length}`);
  const first = m[0];
  if (!Array.isArray(first) || first.length === 0) throw new RangeError(`${name}[0] must be a non-empty array of numbers`);
  const width = cols ?? first.length;
  m.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== width) {
      const got = Array.isArray(row) ? row.length : typeof row;
      throw new RangeError(`${name}[${r}] must have ${width} columns, got ${got}`);
    }
    row.forEach((v, c) => {
      if (!allowed(v, rule)) throw new RangeError(`${name}[${r}][${c}] must be ${describeRule(rule)}, got ${String(v)}`);
    });
  });
  return { rows: m.length, cols: width };
}

/**
 * Throws unless `indices` is a non-empty list of per-token expert-id lists, each id an integer in
 * [0, numExperts − 1]; with `width`, every list must have exactly that many ids (a rectangular
 * top-k table), otherwise lists may differ in length (top-p routing).
 */
export function checkIndexLists(
  indices: readonly (readonly number[])[],
  name: string,
  numExperts: number,
  width?: number,
): void {
  if (!Array.isArray(indices) || indices.length === 0) throw new RangeError(`${name} must be a non-empty array of rows`);
  indices.forEach((row, t) => {
    if (!Array.isArray(row)) throw new RangeError(`${name}[${t}] must be an array of expert ids`);
    if (width !== undefined && row.length !== width) {
      throw new RangeError(`${name}[${t}] must have ${width} entries, got ${row.length}`);
    }
    row.forEach((e, j) => {
      if (!Number.isInteger(e) || e < 0 || e >= numExperts) {
        throw new RangeError(`${name}[${t}][${j}] must be an integer in [0, ${numExperts - 1}], got ${String(e)}`);
      }
    });
  });
}

/** Checks non-negative weights of the given length with a positive sum; returns them divided by their sum. */
export function normalizeWeights(weights: VectorLike, name: string, length: number): number[] {
  checkVector(weights, name, { length });
  weights.forEach((w, i) => {
    if (w < 0) throw new RangeError(`${name}[${i}] must be ≥ 0, got ${w}`);
  });
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError(`${name} must have a positive sum, got ${total}`);
  return weights.map((w) => w / total);
}
