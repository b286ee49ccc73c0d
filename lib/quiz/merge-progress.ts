import { MAX_ATTEMPTS, type Attempt, type Progress, type StoredCard } from './progress-schema';

/*
 * Merging an imported progress file into the progress here. The export file holds only the quiz
 * progress (attempts and FSRS cards); exercise drafts and solved marks live under their own key and
 * are never in it, so an import leaves them alone.
 */

/**
 * What makes two attempts the same answer: the question and the instant it was answered (one
 * browser cannot answer one question twice in the same millisecond). The instant is compared as a
 * time, not as text, so `…:00Z` and `…:00.000Z` are one answer.
 */
export function attemptKey(attempt: Pick<Attempt, 'questionId' | 'at'>): string {
  return `${Date.parse(attempt.at)}|${attempt.questionId}`;
}

const reviewedAt = (card: StoredCard) => (card.last_review === undefined ? Number.NEGATIVE_INFINITY : Date.parse(card.last_review));

/**
 * Which of two cards of one question is newer: positive when `a` is, negative when `b` is, 0 when
 * neither is. The later `last_review` wins (a card never reviewed is the oldest); on the same review
 * time, the card with more reviews (`reps`) has seen more of the learner's answers.
 */
export function compareCards(a: StoredCard, b: StoredCard): number {
  return Math.sign(reviewedAt(a) - reviewedAt(b)) || Math.sign(a.reps - b.reps);
}

/**
 * Every attempt of both, each answer once (see `attemptKey`; of two copies the one here is kept),
 * oldest first; past MAX_ATTEMPTS the oldest are dropped, as when answering.
 */
export function mergeAttempts(here: Attempt[], file: Attempt[]): Attempt[] {
  const seen = new Set<string>();
  const all: Attempt[] = [];
  for (const attempt of [...here, ...file]) {
    const key = attemptKey(attempt);
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(attempt);
  }
  // a stable sort: attempts at the same instant keep their order, the ones here first
  return all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-MAX_ATTEMPTS);
}

/**
 * The progress here merged with an imported file: the union of the attempts (`mergeAttempts`) and,
 * for each question, the newer of the two cards (`compareCards`; on a tie the one here is kept).
 * Merging the same file twice changes nothing the second time. Neither argument is changed.
 */
export function mergeProgress(here: Progress, file: Progress): Progress {
  // a Map, not assignment into an object: a question id such as `__proto__` stays a plain key
  const cards = new Map(Object.entries(here.cards));
  for (const [id, card] of Object.entries(file.cards)) {
    const mine = cards.get(id);
    if (mine === undefined || compareCards(card, mine) > 0) cards.set(id, card);
  }
  return { ...here, attempts: mergeAttempts(here.attempts, file.attempts), cards: Object.fromEntries(cards) };
}
