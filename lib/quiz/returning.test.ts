import { describe, expect, it } from 'vitest';
import type { StoredCard } from './progress-schema';
import { minutesUntil, returningMisses, returningMissesText } from './returning';
import { reviewCard } from './scheduler';

const T0 = new Date('2025-03-01T12:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('returningMisses with a fake clock', () => {
  // three misses answered at 12:00, 12:01 and 12:02 (each back after its 10-minute learning step), one right answer
  const cards: Record<string, StoredCard> = {
    a: reviewCard(undefined, 'again', T0),
    b: reviewCard(undefined, 'again', at(1)),
    c: reviewCard(undefined, 'again', at(2)),
    good: reviewCard(undefined, 'good', T0),
  };

  it('counts the misses waiting in their learning step and says when they return', () => {
    expect(returningMisses(cards, at(2))).toEqual({ count: 3, firstMinutes: 8, lastMinutes: 10 });
    expect(returningMissesText({ count: 3, firstMinutes: 8, lastMinutes: 10 })).toBe('3 missed questions come back within 10 min, the first in 8 min.');
  });

  it('drops each miss once it is due (it is then in the review queue) and ends with none', () => {
    expect(returningMisses(cards, at(10))).toEqual({ count: 2, firstMinutes: 1, lastMinutes: 2 });
    expect(returningMisses(cards, at(11.5))).toEqual({ count: 1, firstMinutes: 1, lastMinutes: 1 });
    expect(returningMisses(cards, at(12))).toBeNull();
  });

  it('ignores right answers (days away) and cards outside the given ids', () => {
    expect(returningMisses({ good: cards.good }, T0)).toBeNull();
    expect(returningMisses(cards, at(2), ['b', 'good'])).toEqual({ count: 1, firstMinutes: 9, lastMinutes: 9 });
  });

  it('counts a lapse of a learnt card (relearning) as a returning miss', () => {
    const lapse = reviewCard(cards.good, 'again', new Date(cards.good.due));
    expect(returningMisses({ lapse }, new Date(cards.good.due))).toEqual({ count: 1, firstMinutes: 10, lastMinutes: 10 });
  });

  it('words one, several at once, and several spread out', () => {
    expect(returningMissesText({ count: 1, firstMinutes: 9, lastMinutes: 9 })).toBe('1 missed question comes back in 9 min.');
    expect(returningMissesText({ count: 3, firstMinutes: 9, lastMinutes: 9 })).toBe('3 missed questions come back in 9 min.');
  });
});

describe('minutesUntil', () => {
  it('rounds up to whole minutes and is 0 once due', () => {
    const due = at(10).toISOString();
    expect(minutesUntil(due, T0)).toBe(10);
    expect(minutesUntil(due, new Date(at(9).getTime() + 30_000))).toBe(1);
    expect(minutesUntil(due, at(10))).toBe(0);
    expect(minutesUntil(due, at(20))).toBe(0);
  });
});
