import type { BuildHtml } from '@/lib/content/markdown';
import type { Question } from '@/lib/content/quiz-schema';

/** A choice of a single/multiple question, with its text and explanation rendered at build time. */
export interface ChoiceView {
  id: string;
  text: BuildHtml;
  /** a plain-text name for the control when the text is only a formula (MathML alone names nothing for some tools) */
  label?: string;
  explanation: BuildHtml;
}

/** A predict question's widget: embed route with its state (and `autoplay` for a trained widget), full page, name. */
export interface PredictView {
  src: string;
  page: string;
  title: string;
  observe: BuildHtml;
}

/**
 * A question as the browser receives it: the data needed to grade it plus every text already
 * rendered from Markdown and KaTeX to HTML at build time, so no Markdown or KaTeX code ships.
 */
export interface QuestionView {
  question: Question;
  /** the quiz set (content file) the question comes from */
  set: string;
  prompt: BuildHtml;
  /** the prompt as one short plain-text line, for lists of questions */
  excerpt: string;
  explanation: BuildHtml;
  /** in display order: shuffled with a seed from the question id, so server and browser agree */
  choices: ChoiceView[];
  /** order questions: items in the correct (authored) order */
  items: BuildHtml[];
  /** order questions: the shuffled order they are first shown in (indices into `items`) */
  initialOrder: number[];
  keyPoints: BuildHtml[];
  /** predict questions: the widget frame that opens once the prediction is locked, and what to look at */
  predict: PredictView | null;
  /** `/learn/<slug>#anchor`, or null when the lesson is not published yet */
  lessonHref: string | null;
  lessonTitle: string | null;
}

/** What the progress views need about each question of the bank: small enough to embed in full. */
export interface QuestionIndexEntry {
  id: string;
  topic: string;
  set: string;
  excerpt: string;
}
