import { describe, expect, it } from 'vitest';
import { storedCardSchema } from './progress-schema';
import { dueQuestionIds, isDue, LEARNING_STEP_MINUTES, ratingFor, repairCard, reviewCard } from './scheduler';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const DAY = 86_400_000;
const dueIn = (due: string, from = NOW) => (Date.parse(due) - from.getTime()) / DAY;

describe('ratingFor', () => {
  it('maps objective answers to good / again and keeps the recall rubric rating', () => {
    expect(ratingFor('single', true)).toBe('good');
    expect(ratingFor('numeric', false)).toBe('again');
    expect(ratingFor('order', true, 'easy')).toBe('good');
    expect(ratingFor('recall', false, 'again')).toBe('again');
    expect(ratingFor('recall', true, 'hard')).toBe('hard');
    expect(() => ratingFor('recall', true)).toThrow(RangeError);
  });
});

describe('reviewCard', () => {
  it('schedules a new card further out after good than after again', () => {
    const good = reviewCard(undefined, 'good', NOW);
    const again = reviewCard(undefined, 'again', NOW);
    expect(dueIn(good.due)).toBeGreaterThan(dueIn(again.due));
    // a miss comes back within the session (one learning step), a correct answer days later
    expect(dueIn(again.due) * 24 * 60).toBe(LEARNING_STEP_MINUTES);
    expect(dueIn(good.due)).toBe(2);
  });

  it('brings a miss back after the learning step and graduates it to days once it is answered', () => {
    const miss = reviewCard(undefined, 'again', NOW);
    expect(miss.state).toBe(1); // Learning
    const back = new Date(miss.due);
    const missedAgain = reviewCard(miss, 'again', back);
    expect((Date.parse(missedAgain.due) - back.getTime()) / 60_000).toBe(10);
    const right = reviewCard(miss, 'good', back);
    expect(right.state).toBe(2); // Review
    expect(dueIn(right.due, back)).toBeGreaterThanOrEqual(1);
    // a lapse of a review card relearns within the session too
    const lapse = reviewCard(right, 'again', new Date(right.due));
    expect(lapse.state).toBe(3);
    expect((Date.parse(lapse.due) - Date.parse(right.due)) / 60_000).toBe(10);
  });

  it('orders the four grades: again < hard < good < easy', () => {
    const due = (['again', 'hard', 'good', 'easy'] as const).map((g) => Date.parse(reviewCard(undefined, g, NOW).due));
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect(new Set(due).size).toBe(4);
  });

  it('grows the interval with each good review and shrinks it after a lapse', () => {
    const first = reviewCard(undefined, 'good', NOW);
    const secondAt = new Date(first.due);
    const second = reviewCard(first, 'good', secondAt);
    expect(dueIn(second.due, secondAt)).toBeGreaterThan(dueIn(first.due));
    const lapse = reviewCard(second, 'again', new Date(second.due));
    expect(dueIn(lapse.due, new Date(second.due))).toBeLessThan(dueIn(second.due, secondAt));
    expect(lapse.lapses).toBe(1);
    expect(lapse.reps).toBe(3);
  });

  it('is deterministic for a fixed now and stores a valid card', () => {
    const a = reviewCard(undefined, 'good', NOW);
    expect(reviewCard(undefined, 'good', NOW)).toEqual(a);
    expect(storedCardSchema.parse(a)).toEqual(a);
    expect(a.last_review).toBe(NOW.toISOString());
  });
});

describe('stored cards ts-fsrs cannot schedule', () => {
  const good = reviewCard(undefined, 'good', NOW);
  const future = { ...good, last_review: '2025-03-03T12:00:00.000Z', due: '2025-03-05T12:00:00.000Z' };
  const huge = { ...good, stability: 1e308, difficulty: 1e308, elapsed_days: 1e308, scheduled_days: 1e308 };

  it('records an answer for a card last reviewed in the future (a fast clock) instead of throwing', () => {
    for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
      const next = reviewCard(future, grade, NOW);
      expect(storedCardSchema.parse(next)).toEqual(next);
      expect(next.last_review).toBe(NOW.toISOString());
      expect(Date.parse(next.due)).toBeGreaterThan(NOW.getTime());
    }
  });

  it('records an answer for a card with huge numbers instead of throwing', () => {
    for (const state of [0, 1, 2, 3]) {
      for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
        const next = reviewCard({ ...huge, state }, grade, NOW);
        expect(storedCardSchema.parse(next)).toEqual(next);
        // the maximum interval; at the cap ts-fsrs still keeps hard < good < easy one day apart
        expect(dueIn(next.due)).toBeLessThanOrEqual(36500 + 2);
        expect(Number.isFinite(next.stability)).toBe(true);
      }
    }
  });

  it('repairs such cards: a future review moves to now, numbers are clamped to what FSRS allows', () => {
    expect(repairCard(good, NOW)).toBe(good);
    const fixed = repairCard(future, NOW);
    expect(fixed.last_review).toBe(NOW.toISOString());
    expect(fixed.due).toBe(future.due);
    const clamped = repairCard(huge, NOW);
    expect(clamped).toMatchObject({ stability: 36500, difficulty: 10, elapsed_days: 36500, scheduled_days: 36500 });
    expect(repairCard({ ...good, due: '9999-01-01T00:00:00.000Z' }, NOW).due).toBe(new Date(NOW.getTime() + 36500 * DAY).toISOString());
  });
});

describe('due cards', () => {
  it('lists due cards, the longest overdue first', () => {
    const soon = reviewCard(undefined, 'again', NOW);
    const later = reviewCard(undefined, 'easy', NOW);
    const cards = { later, soon, old: { ...soon, due: '2025-01-01T00:00:00.000Z' } };
    expect(dueQuestionIds(cards, NOW)).toEqual(['old']);
    expect(isDue(soon, new Date(soon.due))).toBe(true);
    expect(dueQuestionIds(cards, new Date(Date.parse(later.due) + 1))).toEqual(['old', 'soon', 'later']);
  });
});
