import type { ReactNode } from 'react';
import type { Question } from '@/lib/content/quiz-schema';

/** A choice of a single/multiple question, with its text and explanation rendered at build time. */
export interface ChoiceView {
  id: string;
  text: ReactNode;
  explanation: ReactNode;
}

/**
 * A question as the browser receives it: the data needed to grade it plus every text already
 * rendered from Markdown and KaTeX on the server, so no Markdown or KaTeX code ships.
 */
export interface QuestionView {
  question: Question;
  /** the quiz set (content file) the question comes from */
  set: string;
  prompt: ReactNode;
  explanation: ReactNode;
  /** in display order: shuffled with a seed from the question id, so server and browser agree */
  choices: ChoiceView[];
  /** order questions: items in the correct (authored) order */
  items: ReactNode[];
  /** order questions: the shuffled order they are first shown in (indices into `items`) */
  initialOrder: number[];
  keyPoints: ReactNode[];
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
