import { describe, expect, it } from 'vitest';
import { emptyProgress, MAX_ATTEMPTS, parseProgress, progressSchema } from './progress-schema';
import { rubricCorrect, rubricGrade } from './rubric';
import { recordAnswer } from './record';
import { FIXTURES } from './test-fixtures';

const NOW = new Date('2025-03-01T12:00:00.000Z');

describe('recordAnswer', () => {
  it('adds the attempt and a card, without changing its input', () => {
    const before = emptyProgress();
    const after = recordAnswer(before, { question: FIXTURES.single, correct: true, mode: 'practice' }, NOW);
    expect(before).toEqual(emptyProgress());
    expect(after.attempts).toEqual([
      { questionId: 'q-single', topic: 'attention', correct: true, grade: 'good', mode: 'practice', at: NOW.toISOString() },
    ]);
    expect(Object.keys(after.cards)).toEqual(['q-single']);
    expect(progressSchema.parse(after)).toEqual(after);
  });

  it('reads progress saved before the rubric (a recall self-graded Hard counted correct) and reviews it with a rubric rating', () => {
    const old = recordAnswer(emptyProgress(), { question: FIXTURES.recall, correct: true, selfGrade: 'hard', mode: 'practice' }, NOW);
    const parsed = parseProgress(JSON.parse(JSON.stringify(old)));
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(parsed.progress.attempts[0]).toMatchObject({ questionId: 'q-recall', correct: true, grade: 'hard' });
    const later = new Date(parsed.progress.cards['q-recall'].due);
    const next = recordAnswer(parsed.progress, { question: FIXTURES.recall, correct: rubricCorrect(3, 5), selfGrade: rubricGrade(3, 5), mode: 'practice' }, later);
    expect(next.attempts.map((a) => [a.correct, a.grade])).toEqual([[true, 'hard'], [false, 'hard']]);
    expect(next.cards['q-recall'].reps).toBe(2);
  });

  it('uses the rubric rating for recall and reviews the existing card again', () => {
    let p = recordAnswer(emptyProgress(), { question: FIXTURES.recall, correct: true, selfGrade: 'easy', mode: 'review' }, NOW);
    expect(p.attempts[0].grade).toBe('easy');
    p = recordAnswer(p, { question: FIXTURES.recall, correct: false, selfGrade: 'again', mode: 'review' }, new Date(p.cards['q-recall'].due));
    expect(p.cards['q-recall'].reps).toBe(2);
    expect(p.cards['q-recall'].lapses).toBe(1);
  });

  it('keeps only the latest MAX_ATTEMPTS attempts', () => {
    const full = { ...emptyProgress(), attempts: Array.from({ length: MAX_ATTEMPTS }, (_, i) => ({
      questionId: `old-${i}`, topic: 'attention', correct: false, grade: 'again' as const, mode: 'practice' as const, at: NOW.toISOString(),
    })) };
    const after = recordAnswer(full, { question: FIXTURES.order, correct: true, mode: 'mock' }, NOW);
    expect(after.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(after.attempts[0].questionId).toBe('old-1');
    expect(after.attempts.at(-1)?.questionId).toBe('q-order');
  });

  describe('a re-drill of a miss right after the round', () => {
    const missed = recordAnswer(emptyProgress(), { question: FIXTURES.single, correct: false, mode: 'practice' }, NOW);
    const soon = new Date(NOW.getTime() + 60_000);

    it('records a right answer but keeps the learning step, so the miss still comes back in 10 min', () => {
      const after = recordAnswer(missed, { question: FIXTURES.single, correct: true, mode: 'practice', drill: true }, soon);
      expect(after.attempts.map((a) => a.correct)).toEqual([false, true]);
      expect(after.cards['q-single']).toBe(missed.cards['q-single']);
      expect(Date.parse(after.cards['q-single'].due) - NOW.getTime()).toBe(10 * 60_000);
      // the same answer outside a drill graduates the card to days
      const graduated = recordAnswer(missed, { question: FIXTURES.single, correct: true, mode: 'practice' }, soon);
      expect(Date.parse(graduated.cards['q-single'].due) - soon.getTime()).toBeGreaterThanOrEqual(86_400_000);
    });

    it('treats a wrong re-drill as a miss: the step restarts from it', () => {
      const after = recordAnswer(missed, { question: FIXTURES.single, correct: false, mode: 'practice', drill: true }, soon);
      expect(Date.parse(after.cards['q-single'].due) - soon.getTime()).toBe(10 * 60_000);
      expect(after.cards['q-single'].reps).toBe(2);
    });

    it('reviews a card that is already due as usual', () => {
      const due = new Date(missed.cards['q-single'].due);
      const after = recordAnswer(missed, { question: FIXTURES.single, correct: true, mode: 'practice', drill: true }, due);
      expect(after.cards['q-single'].reps).toBe(2);
      expect(Date.parse(after.cards['q-single'].due) - due.getTime()).toBeGreaterThanOrEqual(86_400_000);
    });
  });
});
