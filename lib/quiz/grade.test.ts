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

  it('recall: correct from 80 % of the key points ticked (4 of 5), repeats and strays not counted', () => {
    const recall = (covered: number[]) => grade(FIXTURES.recall, { type: 'recall', covered, text: 'my answer' });
    expect(recall([])).toBe(false);
    expect(recall([0, 1, 2])).toBe(false);
    expect(recall([0, 1, 2, 2, 2, 7, -1])).toBe(false);
    expect(recall([4, 0, 1, 3])).toBe(true);
    expect(recall([0, 1, 2, 3, 4])).toBe(true);
  });

  it('predict: only the answer id is correct', () => {
    expect(grade(FIXTURES.predict, { type: 'predict', choice: 'c' })).toBe(true);
    expect(grade(FIXTURES.predict, { type: 'predict', choice: 'a' })).toBe(false);
  });

  it('refuses a response of another type', () => {
    expect(() => grade(FIXTURES.single, { type: 'numeric', value: '1' })).toThrow(RangeError);
  });
});
