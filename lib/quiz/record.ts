import type { Question } from '@/lib/content/quiz-schema';
import { MAX_ATTEMPTS, type Progress } from './progress-schema';
import type { QuizMode, SelfGrade } from './response';
import { ratingFor, reviewCard } from './scheduler';

/** One graded answer, as the quiz UI reports it. */
export interface AnswerRecord {
  question: Pick<Question, 'id' | 'topic' | 'type'>;
  correct: boolean;
  /** required for recall questions, ignored otherwise */
  selfGrade?: SelfGrade;
  mode: QuizMode;
}

/**
 * Progress after one answer: the attempt joins the history (oldest dropped past MAX_ATTEMPTS) and
 * the question's FSRS card is reviewed with the answer's rating. `progress` is not changed.
 */
export function recordAnswer(progress: Progress, answer: AnswerRecord, now: Date): Progress {
  const { question, correct, mode } = answer;
  const grade = ratingFor(question.type, correct, answer.selfGrade);
  const attempt = { questionId: question.id, topic: question.topic, correct, grade, mode, at: now.toISOString() };
  return {
    ...progress,
    attempts: [...progress.attempts, attempt].slice(-MAX_ATTEMPTS),
    cards: { ...progress.cards, [question.id]: reviewCard(progress.cards[question.id], grade, now) },
  };
}
