import { describe, expect, it } from 'vitest';
import { storedCardSchema } from './progress-schema';
import { dueQuestionIds, isDue, ratingFor, reviewCard } from './scheduler';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const DAY = 86_400_000;
const dueIn = (due: string, from = NOW) => (Date.parse(due) - from.getTime()) / DAY;

describe('ratingFor', () => {
  it('maps objective answers to good / again and keeps the recall self-grade', () => {
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
    // day-scale scheduling: even "again" is due the next day, not in a minute
    expect(dueIn(again.due)).toBeGreaterThanOrEqual(1);
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
