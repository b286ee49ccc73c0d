import { describe, expect, it } from 'vitest';
import { currentStreak, dayKey } from './streak';

// local-time dates: streaks follow the learner's calendar
const at = (day: number, hour = 10) => ({ at: new Date(2025, 2, day, hour).toISOString() });
const NOW = new Date(2025, 2, 10, 18);

describe('currentStreak', () => {
  it('counts consecutive days ending today', () => {
    expect(currentStreak([at(8), at(9), at(10), at(10, 11)], NOW)).toBe(3);
  });

  it('still counts a streak that ended yesterday', () => {
    expect(currentStreak([at(7), at(8), at(9)], NOW)).toBe(3);
  });

  it('is broken by a missed day and is 0 without answers', () => {
    expect(currentStreak([at(5), at(6), at(8)], NOW)).toBe(0);
    expect(currentStreak([at(6), at(8), at(10)], NOW)).toBe(1);
    expect(currentStreak([], NOW)).toBe(0);
  });

  it('crosses month boundaries', () => {
    const attempts = [new Date(2025, 1, 28, 9), new Date(2025, 2, 1, 9)].map((d) => ({ at: d.toISOString() }));
    expect(currentStreak(attempts, new Date(2025, 2, 1, 20))).toBe(2);
  });
});

describe('dayKey', () => {
  it('formats the local day', () => {
    expect(dayKey(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
