import type { Question } from '@/lib/content/quiz-schema';
import { MAX_ATTEMPTS, type Progress } from './progress-schema';
import type { QuizMode, SelfGrade } from './response';
import { isDue, ratingFor, reviewCard } from './scheduler';

/** One graded answer, as the quiz UI reports it. */
export interface AnswerRecord {
  question: Pick<Question, 'id' | 'topic' | 'type'>;
  correct: boolean;
  /** required for recall questions (the rubric's rating, lib/quiz/rubric.ts), ignored otherwise */
  selfGrade?: SelfGrade;
  mode: QuizMode;
  /** a re-drill of a round's misses ("Review my misses"), asked right after the round */
  drill?: boolean;
}

/**
 * Progress after one answer: the attempt joins the history (oldest dropped past MAX_ATTEMPTS) and
 * the question's FSRS card is reviewed with the answer's rating. `progress` is not changed.
 *
 * A re-drill is the exception. It comes seconds after the miss and its explanation, so a right
 * answer then shows short-term memory, not retention; reviewed by ts-fsrs it would graduate the
 * card from its learning step to a day-scale interval, and the miss would never come back within
 * the session as the review page promises. So a right (hard, good or easy) re-drill of a card not
 * yet due is kept in the history but leaves the card's schedule alone; a wrong one is an Again
 * review like any miss (the learning step restarts from the latest miss); a card already due is
 * reviewed as usual.
 */
export function recordAnswer(progress: Progress, answer: AnswerRecord, now: Date): Progress {
  const { question, correct, mode } = answer;
  const grade = ratingFor(question.type, correct, answer.selfGrade);
  const attempt = { questionId: question.id, topic: question.topic, correct, grade, mode, at: now.toISOString() };
  const card = progress.cards[question.id];
  const keepSchedule = answer.drill === true && grade !== 'again' && card !== undefined && !isDue(card, now);
  return {
    ...progress,
    attempts: [...progress.attempts, attempt].slice(-MAX_ATTEMPTS),
    cards: keepSchedule ? progress.cards : { ...progress.cards, [question.id]: reviewCard(card, grade, now) },
  };
}
