import { Rating, S_MAX, S_MIN, createEmptyCard, default_maximum_interval, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { Question } from '@/lib/content/quiz-schema';
import type { Progress, StoredCard } from './progress-schema';
import type { SelfGrade } from './response';

/**
 * Minutes until a missed question comes back. One short (re)learning step, so a miss returns within
 * the same sitting (the quiz pages promise that) while a correct answer graduates straight to
 * day-scale FSRS intervals; more steps would only flood the review queue. No fuzz keeps dates reproducible.
 */
export const LEARNING_STEP_MINUTES = 10;
const STEP = `${LEARNING_STEP_MINUTES}m` as const;
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true, learning_steps: [STEP], relearning_steps: [STEP] }));

const DAY_MS = 86_400_000;
// FSRS's own bounds: difficulty lives in [1, 10], stability in [S_MIN, S_MAX] days, intervals up to the maximum
const D_MIN = 1;
const D_MAX = 10;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

const RATINGS: Record<SelfGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/**
 * The FSRS rating of an answer: objective types (predict included) map correct → good and wrong →
 * again; recall questions use the rating their rubric gives (lib/quiz/rubric.ts, `rubricGrade`).
 */
export function ratingFor(type: Question['type'], correct: boolean, selfGrade?: SelfGrade): SelfGrade {
  if (type === 'recall') {
    if (!selfGrade) throw new RangeError('a recall answer needs its rubric rating');
    return selfGrade;
  }
  return correct ? 'good' : 'again';
}

// Fields in the schema's order, so that a saved document and its re-import serialise identically.
function toStored(card: Card): StoredCard {
  const { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review } = card;
  const stored = { due: due.toISOString(), stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state };
  return last_review ? { ...stored, last_review: last_review.toISOString() } : stored;
}

/**
 * A stored card that ts-fsrs can schedule at `now`: the schema accepts any non-negative numbers and
 * any dates, but a `last_review` in the future (a device clock that ran fast) makes ts-fsrs throw
 * `Invalid delta_t`, and numbers past FSRS's bounds (stability 1e308) give an invalid due date. Such
 * a review moves to `now`, and each number is clamped to FSRS's range. A sound card is returned as is.
 */
export function repairCard(card: StoredCard, now: Date): StoredCard {
  const t = now.getTime();
  const latestDue = new Date(t + default_maximum_interval * DAY_MS).toISOString();
  const fixed: StoredCard = {
    ...card,
    due: Date.parse(card.due) > Date.parse(latestDue) ? latestDue : card.due,
    stability: card.state === 0 && card.stability === 0 ? 0 : clamp(card.stability, S_MIN, S_MAX),
    difficulty: card.state === 0 && card.difficulty === 0 ? 0 : clamp(card.difficulty, D_MIN, D_MAX),
    elapsed_days: Math.min(card.elapsed_days, default_maximum_interval),
    scheduled_days: Math.min(card.scheduled_days, default_maximum_interval),
  };
  if (card.last_review !== undefined && Date.parse(card.last_review) > t) fixed.last_review = now.toISOString();
  const changed = (Object.keys(fixed) as (keyof StoredCard)[]).some((key) => fixed[key] !== card[key]);
  return changed ? fixed : card;
}

/** Progress whose cards ts-fsrs can schedule at `now`, and how many cards had to be repaired. */
export function repairProgress(progress: Progress, now: Date): { progress: Progress; repaired: number } {
  let repaired = 0;
  const cards: Progress['cards'] = {};
  for (const [id, card] of Object.entries(progress.cards)) {
    cards[id] = repairCard(card, now);
    if (cards[id] !== card) repaired += 1;
  }
  return repaired === 0 ? { progress, repaired } : { progress: { ...progress, cards }, repaired };
}

function schedule(card: StoredCard, grade: SelfGrade, now: Date): StoredCard {
  const next = toStored(scheduler.next(card, now, RATINGS[grade]).card);
  if (!Number.isFinite(next.stability) || !Number.isFinite(next.difficulty)) throw new RangeError('FSRS produced a non-finite card');
  return next;
}

/**
 * The card after a review with `grade` at `now`; a question answered for the first time starts a
 * new card. Never throws: a stored card ts-fsrs cannot schedule even after repair starts afresh
 * (its reps and lapses kept), so the answer is always recorded with a sensible schedule.
 */
export function reviewCard(card: StoredCard | undefined, grade: SelfGrade, now: Date): StoredCard {
  const fresh = toStored(createEmptyCard(now));
  if (!card) return schedule(fresh, grade, now);
  try {
    return schedule(repairCard(card, now), grade, now);
  } catch {
    const restarted = schedule(fresh, grade, now);
    return { ...restarted, reps: card.reps + 1, lapses: card.lapses + (grade === 'again' ? 1 : 0) };
  }
}

/** True when the card is due at `now` or earlier. */
export function isDue(card: StoredCard, now: Date): boolean {
  return Date.parse(card.due) <= now.getTime();
}

/** Ids of the cards due at `now`, the longest overdue first. */
export function dueQuestionIds(cards: Record<string, StoredCard>, now: Date): string[] {
  return Object.entries(cards)
    .filter(([, card]) => isDue(card, now))
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id);
}
