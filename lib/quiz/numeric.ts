/** Tolerance of a numeric question: either bound (or both) may be given. */
export interface Tolerance {
  absolute?: number;
  relative?: number;
}

/**
 * The number in a learner's text, or null when it is not one plain number. Accepts a leading
 * Unicode minus (−, as printed in formulas) and exponents; refuses commas, because "1,5" is
 * ambiguous between 1.5 and 15.
 */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * True when |value − answer| ≤ max(absolute, relative · |answer|): either bound accepts.
 * A slack of 1e-9 relative to the scale keeps exact boundary values (0.506 ± 0.002 → 0.508)
 * from failing on binary rounding.
 */
export function withinTolerance(value: number, answer: number, tolerance: Tolerance): boolean {
  const allowed = Math.max(tolerance.absolute ?? 0, (tolerance.relative ?? 0) * Math.abs(answer));
  const slack = 1e-9 * Math.max(1, Math.abs(answer));
  return Math.abs(value - answer) <= allowed + slack;
}
