import { describe, expect, it } from 'vitest';
import { coveredCount, RUBRIC_BANDS, RUBRIC_CORRECT_FROM, rubricCorrect, rubricGrade } from './rubric';

describe('rubricGrade: FSRS rating from the share of key points covered', () => {
  it('maps every count of a five-point rubric: 0–2 Again, 3 Hard, 4 Good, 5 Easy', () => {
    expect([0, 1, 2, 3, 4, 5].map((c) => rubricGrade(c, 5))).toEqual(['again', 'again', 'again', 'hard', 'good', 'easy']);
  });

  it('puts each band boundary in the upper band, without rounding (1 of 2 is Hard, 4 of 5 Good, 79 of 100 Hard)', () => {
    expect(rubricGrade(1, 2)).toBe('hard');
    expect(rubricGrade(49, 100)).toBe('again');
    expect(rubricGrade(50, 100)).toBe('hard');
    expect(rubricGrade(79, 100)).toBe('hard');
    expect(rubricGrade(80, 100)).toBe('good');
    expect(rubricGrade(99, 100)).toBe('good');
    expect(rubricGrade(100, 100)).toBe('easy');
    // 2 of 3 is 66.7 %, 5 of 6 is 83.3 %
    expect([0, 1, 2, 3].map((c) => rubricGrade(c, 3))).toEqual(['again', 'again', 'hard', 'easy']);
    expect(rubricGrade(5, 6)).toBe('good');
  });

  it('gives a one-point rubric only Again or Easy', () => {
    expect([rubricGrade(0, 1), rubricGrade(1, 1)]).toEqual(['again', 'easy']);
  });

  it('states the bands the UI shows', () => {
    expect(RUBRIC_BANDS).toEqual([
      { from: 0, grade: 'again' },
      { from: 50, grade: 'hard' },
      { from: 80, grade: 'good' },
      { from: 100, grade: 'easy' },
    ]);
    expect(RUBRIC_CORRECT_FROM).toBe(80);
  });

  it('refuses counts that cannot come from a rubric', () => {
    expect(() => rubricGrade(6, 5)).toThrow(RangeError);
    expect(() => rubricGrade(-1, 5)).toThrow(RangeError);
    expect(() => rubricGrade(1.5, 5)).toThrow(RangeError);
    expect(() => rubricGrade(0, 0)).toThrow(RangeError);
  });
});

describe('rubricCorrect: what the statistics count as correct', () => {
  it('is Good or better: 80 % or more, so a Hard answer is a miss (unlike the old "anything but Again")', () => {
    expect([0, 1, 2, 3, 4, 5].map((c) => rubricCorrect(c, 5))).toEqual([false, false, false, false, true, true]);
    expect(rubricCorrect(2, 3)).toBe(false);
    expect(rubricCorrect(1, 2)).toBe(false);
    expect(rubricCorrect(2, 2)).toBe(true);
  });
});

describe('coveredCount', () => {
  it('counts distinct in-range indices', () => {
    expect(coveredCount([0, 2, 2, 4], 5)).toBe(3);
    expect(coveredCount([5, -1, 1.5, 1], 5)).toBe(1);
    expect(coveredCount([], 3)).toBe(0);
  });
});
