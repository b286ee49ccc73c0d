import { expect } from 'vitest';

/** Freezes `value` and everything reachable from it, so any mutation throws (tests only). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Asserts two vectors agree entry by entry to `digits` decimal places (tests only). */
export function expectCloseVector(actual: readonly number[], expected: readonly number[], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], digits));
}

/** Asserts two matrices agree entry by entry to `digits` decimal places (tests only). */
export function expectCloseMatrix(
  actual: readonly (readonly number[])[],
  expected: readonly (readonly number[])[],
  digits = 12,
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) => expectCloseVector(row, expected[i], digits));
}
