import { State } from 'ts-fsrs';
import { t as english, type MessageKey } from '@/lib/i18n';
import type { StoredCard } from './progress-schema';

/** Misses due further out than this are not "coming back soon": the review page shows their date instead. */
export const RETURN_HORIZON_MINUTES = 60;
const MINUTE_MS = 60_000;

/** Missed questions waiting in a (re)learning step: how many, and in how many minutes the first and last return. */
export interface ReturningMisses {
  count: number;
  firstMinutes: number;
  lastMinutes: number;
}

/** Whole minutes from `now` until `due`, rounded up (a card due in 30 s is "in 1 min"); 0 once due. */
export function minutesUntil(due: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(due) - now.getTime()) / MINUTE_MS));
}

/**
 * The cards (among `ids`, or all) that a miss put in a learning or relearning step and that come
 * back within RETURN_HORIZON_MINUTES but are not due yet; null when there are none.
 */
export function returningMisses(cards: Record<string, StoredCard>, now: Date, ids?: readonly string[]): ReturningMisses | null {
  const minutes = Object.entries(cards)
    .filter(([id, card]) => (ids ? ids.includes(id) : true) && (card.state === State.Learning || card.state === State.Relearning))
    .map(([, card]) => Date.parse(card.due) - now.getTime())
    .filter((ms) => ms > 0 && ms <= RETURN_HORIZON_MINUTES * MINUTE_MS)
    .map((ms) => Math.ceil(ms / MINUTE_MS))
    .sort((a, b) => a - b);
  if (minutes.length === 0) return null;
  return { count: minutes.length, firstMinutes: minutes[0], lastMinutes: minutes[minutes.length - 1] };
}

/** "3 missed questions come back in 9 min." and its singular and spread-out forms. */
/** `t`: the page's (useT); English by default. */
export function returningMissesText(r: ReturningMisses, t: (key: MessageKey, vars?: Record<string, string | number>) => string = english): string {
  if (r.count === 1) return t('quiz.returning.one', { minutes: r.firstMinutes });
  if (r.firstMinutes === r.lastMinutes) return t('quiz.returning.many', { count: r.count, minutes: r.firstMinutes });
  return t('quiz.returning.spread', { count: r.count, first: r.firstMinutes, last: r.lastMinutes });
}
