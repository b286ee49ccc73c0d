import { describe, expect, it } from 'vitest';
import { parseNumber, withinTolerance } from './numeric';

describe('parseNumber', () => {
  it('reads plain decimals, signs, exponents and the Unicode minus', () => {
    expect(parseNumber('0.25')).toBe(0.25);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('−3')).toBe(-3);
    expect(parseNumber('+.5')).toBe(0.5);
    expect(parseNumber('2.')).toBe(2);
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('6.02E23')).toBe(6.02e23);
  });

  it('refuses text that is not one plain number', () => {
    for (const text of ['', ' ', '1,5', '1 000', '0x10', 'Infinity', 'NaN', '1/3', '3 %', '--1', '1e', '.']) {
      expect(parseNumber(text), text).toBeNull();
    }
  });
});

describe('withinTolerance', () => {
  it('accepts the exact boundary despite binary rounding', () => {
    expect(withinTolerance(0.508, 0.506, { absolute: 0.002 })).toBe(true);
    expect(withinTolerance(0.3, 0.1 + 0.2, { absolute: 0 })).toBe(true);
  });

  it('with no bound, accepts only the answer itself', () => {
    expect(withinTolerance(2, 2, {})).toBe(true);
    expect(withinTolerance(2.001, 2, {})).toBe(false);
  });
});
