// Test helper: the bank's predict questions for one widget, with their query as the widget reads it.
import { loadQuizSets } from '@/lib/content/quizzes';
import type { Question } from '@/lib/content/quiz-schema';

export type PredictQuestion = Extract<Question, { type: 'predict' }>;

/** Every predict question of the bank that opens `widgetId`, with its query parsed into search params. */
export function predictQuestionsFor(widgetId: string): { question: PredictQuestion; search: URLSearchParams }[] {
  return loadQuizSets()
    .flatMap((set) => set.questions)
    .filter((q): q is PredictQuestion => q.type === 'predict' && q.widget === widgetId)
    .map((question) => ({ question, search: new URLSearchParams(question.query) }));
}
