import type { Attempt } from './progress-schema';

const DAY_MS = 86_400_000;

/** The local calendar day of `date` as "YYYY-MM-DD": streaks follow the learner's own midnight. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function previousDay(date: Date): Date {
  // noon minus one day stays on the previous calendar day across daylight-saving changes
  const noon = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12);
  return new Date(noon.getTime() - DAY_MS);
}

/**
 * Consecutive days with at least one answer, ending today — or yesterday, so that a streak is
 * not shown as broken in the morning before the learner has answered anything.
 */
export function currentStreak(attempts: readonly Pick<Attempt, 'at'>[], now: Date): number {
  const days = new Set(attempts.map((a) => dayKey(new Date(a.at))));
  let day = days.has(dayKey(now)) ? now : previousDay(now);
  let streak = 0;
  while (days.has(dayKey(day))) {
    streak += 1;
    day = previousDay(day);
  }
  return streak;
}
