import type { Question } from '@/lib/content/quiz-schema';
import { parseNumber, withinTolerance } from './numeric';
import { coveredCount, rubricCorrect } from './rubric';
import type { QuestionOf, QuizResponse, ResponseFor } from './response';

type Graders = { [T in Question['type']]: (question: QuestionOf<T>, response: ResponseFor<T>) => boolean };

// One grader per question type; the mapped type makes a new type without a grader a compile error.
const GRADERS: Graders = {
  single: (q, r) => r.choice === q.answer,
  multiple: (q, r) => {
    const given = new Set(r.choices);
    return given.size === q.answer.length && q.answer.every((id) => given.has(id));
  },
  numeric: (q, r) => {
    const value = parseNumber(r.value);
    return value !== null && withinTolerance(value, q.answer, q.tolerance);
  },
  // `items` are authored in the correct order, so the right arrangement is 0, 1, …, n − 1
  order: (q, r) => r.order.length === q.items.length && r.order.every((index, position) => index === position),
  // the rubric: correct from RUBRIC_CORRECT_FROM % of the key points ticked (lib/quiz/rubric.ts)
  recall: (q, r) => rubricCorrect(coveredCount(r.covered, q.keyPoints.length), q.keyPoints.length),
  predict: (q, r) => r.choice === q.answer,
};

/** Whether `response` answers `question` correctly; throws a RangeError when the types differ. */
export function grade(question: Question, response: QuizResponse): boolean {
  if (question.type !== response.type) {
    throw new RangeError(`response of type "${response.type}" does not fit question "${question.id}" of type "${question.type}"`);
  }
  const grader = GRADERS[question.type] as (q: Question, r: QuizResponse) => boolean;
  return grader(question, response);
}
