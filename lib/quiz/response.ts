import type { Question } from '@/lib/content/quiz-schema';

/** The four FSRS ratings, weakest first: stored with every attempt (a recall answer's comes from its rubric, lib/quiz/rubric.ts). */
export const SELF_GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type SelfGrade = (typeof SELF_GRADES)[number];

/** The ways a question is practised; stored with every attempt. */
export const QUIZ_MODES = ['practice', 'mock', 'review'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** What the learner gave, one shape per question type. */
export type QuizResponse =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  /** the text as typed: parsing is part of grading, so "1,5" is wrong rather than silently 15 */
  | { type: 'numeric'; value: string }
  /** indices into `question.items`, in the order the learner arranged them */
  | { type: 'order'; order: number[] }
  /** indices into `question.keyPoints` of the points the learner ticked as covered */
  | { type: 'recall'; covered: number[]; text?: string }
  /** the prediction's choice id, committed before the widget runs */
  | { type: 'predict'; choice: string };

/** The response shape that belongs to question type `T`. */
export type ResponseFor<T extends Question['type']> = Extract<QuizResponse, { type: T }>;

/** The question variant of type `T`. */
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
