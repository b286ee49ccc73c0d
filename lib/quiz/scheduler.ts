import { Rating, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { Question } from '@/lib/content/quiz-schema';
import type { StoredCard } from './progress-schema';
import type { SelfGrade } from './response';

// Day-scale scheduling: learners come back in separate sessions, so the minute-long learning
// steps of flash-card apps would only flood the review queue. No fuzz keeps dates reproducible.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const RATINGS: Record<SelfGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/**
 * The FSRS rating of an answer: objective types map correct → good and wrong → again; recall
 * questions use the learner's own grade.
 */
export function ratingFor(type: Question['type'], correct: boolean, selfGrade?: SelfGrade): SelfGrade {
  if (type === 'recall') {
    if (!selfGrade) throw new RangeError('a recall answer needs the learner\'s self-grade');
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

/** The card after a review with `grade` at `now`; a question answered for the first time starts a new card. */
export function reviewCard(card: StoredCard | undefined, grade: SelfGrade, now: Date): StoredCard {
  const current = card ?? toStored(createEmptyCard(now));
  return toStored(scheduler.next(current, now, RATINGS[grade]).card);
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
