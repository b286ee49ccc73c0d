import { describe, expect, it } from 'vitest';
import { grade } from './grade';
import { FIXTURES } from './test-fixtures';

describe('grade', () => {
  it('single: only the answer id is correct', () => {
    expect(grade(FIXTURES.single, { type: 'single', choice: 'b' })).toBe(true);
    expect(grade(FIXTURES.single, { type: 'single', choice: 'a' })).toBe(false);
  });

  it('multiple: exactly the set of answers, in any order', () => {
    expect(grade(FIXTURES.multiple, { type: 'multiple', choices: ['c', 'a'] })).toBe(true);
    expect(grade(FIXTURES.multiple, { type: 'multiple', choices: ['a'] })).toBe(false);
    expect(grade(FIXTURES.multiple, { type: 'multiple', choices: ['a', 'b', 'c'] })).toBe(false);
    expect(grade(FIXTURES.multiple, { type: 'multiple', choices: ['a', 'a'] })).toBe(false);
    expect(grade(FIXTURES.multiple, { type: 'multiple', choices: [] })).toBe(false);
  });

  it('numeric: within the absolute tolerance, boundary included', () => {
    for (const value of ['0.506', '0.5065', '0.508', '0.504', ' .506 ', '5.06e-1']) {
      expect(grade(FIXTURES.numeric, { type: 'numeric', value }), value).toBe(true);
    }
    for (const value of ['0.5081', '0.51', '-0.506', '', 'abc', '0,506']) {
      expect(grade(FIXTURES.numeric, { type: 'numeric', value }), value).toBe(false);
    }
  });

  it('numeric: a relative tolerance scales with the answer', () => {
    const q = { ...FIXTURES.numeric, answer: 1000, tolerance: { relative: 0.01 } };
    expect(grade(q, { type: 'numeric', value: '1010' })).toBe(true);
    expect(grade(q, { type: 'numeric', value: '989.9' })).toBe(false);
  });

  it('numeric: with both bounds, either one accepts', () => {
    const q = { ...FIXTURES.numeric, answer: 0, tolerance: { absolute: 0.1, relative: 0.5 } };
    expect(grade(q, { type: 'numeric', value: '0.1' })).toBe(true);
    expect(grade(q, { type: 'numeric', value: '−0.05' })).toBe(true);
    expect(grade(q, { type: 'numeric', value: '0.2' })).toBe(false);
  });

  it('order: only the authored order is correct', () => {
    expect(grade(FIXTURES.order, { type: 'order', order: [0, 1, 2] })).toBe(true);
    expect(grade(FIXTURES.order, { type: 'order', order: [1, 0, 2] })).toBe(false);
    expect(grade(FIXTURES.order, { type: 'order', order: [0, 1] })).toBe(false);
  });

  it('recall: the self-grade decides; only "again" counts as wrong', () => {
    expect(grade(FIXTURES.recall, { type: 'recall', grade: 'again', text: 'no idea' })).toBe(false);
    for (const g of ['hard', 'good', 'easy'] as const) expect(grade(FIXTURES.recall, { type: 'recall', grade: g })).toBe(true);
  });

  it('refuses a response of another type', () => {
    expect(() => grade(FIXTURES.single, { type: 'numeric', value: '1' })).toThrow(RangeError);
  });
});
