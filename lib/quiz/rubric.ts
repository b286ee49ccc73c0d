import type { SelfGrade } from './response';

/**
 * Rubric recall: the learner ticks the model answer's key points they covered, and the FSRS rating
 * follows from the share covered. Bands, lowest first (each band's lower bound, in percent):
 *
 *   under 50 %  → Again  (most of the answer was missing: relearn it soon)
 *   50 – 79 %   → Hard   (half or more, with gaps: remembered, but the interval grows slowly)
 *   80 – 99 %   → Good   (an answer an interviewer would accept, one point short at most of five)
 *   100 %       → Easy   (every point: the strongest evidence a rubric can give)
 *
 * "Correct" for the statistics (score, mastery, misses, the mock report) is Good or better, 80 %
 * or more: a Hard answer is scheduled as remembered (FSRS Hard is not a lapse) but still listed as
 * a miss, because an interview answer that leaves out a third of the points is not a right answer.
 * Shares are compared in whole numbers (covered · 100 against total · bound), so 4 of 5 is exactly 80 %.
 */
export const RUBRIC_BANDS: readonly { from: number; grade: SelfGrade }[] = [
  { from: 0, grade: 'again' },
  { from: 50, grade: 'hard' },
  { from: 80, grade: 'good' },
  { from: 100, grade: 'easy' },
];

/** Share of key points, in percent, from which a rubric answer counts as correct. */
export const RUBRIC_CORRECT_FROM = 80;

/** Whether `covered` of `total` key points reach `percent` %, without rounding. */
function reaches(covered: number, total: number, percent: number): boolean {
  return covered * 100 >= total * percent;
}

function check(covered: number, total: number): void {
  if (!Number.isInteger(total) || total < 1) throw new RangeError(`a rubric needs at least one key point, got ${total}`);
  if (!Number.isInteger(covered) || covered < 0 || covered > total) throw new RangeError(`covered ${covered} of ${total} key points`);
}

/** The FSRS rating of a rubric answer that covered `covered` of `total` key points. */
export function rubricGrade(covered: number, total: number): SelfGrade {
  check(covered, total);
  let grade: SelfGrade = 'again';
  for (const band of RUBRIC_BANDS) if (reaches(covered, total, band.from)) grade = band.grade;
  return grade;
}

/** Whether a rubric answer counts as correct in the statistics: RUBRIC_CORRECT_FROM % or more. */
export function rubricCorrect(covered: number, total: number): boolean {
  check(covered, total);
  return reaches(covered, total, RUBRIC_CORRECT_FROM);
}

/** How many distinct key points a list of ticked point indices covers (repeats and out-of-range indices ignored). */
export function coveredCount(ticked: readonly number[], total: number): number {
  return new Set(ticked.filter((i) => Number.isInteger(i) && i >= 0 && i < total)).size;
}
