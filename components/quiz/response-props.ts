import type { Question } from '@/lib/content/quiz-schema';
import type { QuestionOf, ResponseFor } from '@/lib/quiz/response';
import type { QuestionView } from './question-view';

/** Props of the answer controls of one question type. */
export interface ResponseProps<T extends Question['type']> {
  view: QuestionView;
  question: QuestionOf<T>;
  /** id of the element holding the prompt, which labels the controls */
  promptId: string;
  /** the submitted response once answered: the controls then show it read-only */
  submitted: ResponseFor<T> | null;
  onSubmit: (response: ResponseFor<T>) => void;
}
