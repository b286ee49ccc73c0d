'use client';

import { useEffect, useId, useRef, type ComponentType } from 'react';
import type { Question } from '@/lib/content/quiz-schema';
import { useT } from '@/components/i18n/locale-context';
import type { QuizResponse } from '@/lib/quiz/response';
import { ChoiceResponse } from './choice-response';
import { Feedback } from './feedback';
import { NumericResponse } from './numeric-response';
import { OrderResponse } from './order-response';
import { PredictResponse } from './predict-response';
import type { QuestionView } from './question-view';
import { RecallResponse } from './recall-response';
import type { ResponseProps } from './response-props';
import { useQuizKeys } from './use-quiz-keys';
import { BuildHtmlView } from '@/components/content/build-html';

// One answer control per question type; the mapped type makes a missing renderer a compile error.
const RESPONSES: { [T in Question['type']]: ComponentType<ResponseProps<T>> } = {
  single: ChoiceResponse,
  multiple: ChoiceResponse,
  numeric: NumericResponse,
  order: OrderResponse,
  recall: RecallResponse,
  predict: PredictResponse,
};

/** A graded answer as the card shows it. */
export interface CardResult {
  response: QuizResponse;
  correct: boolean;
  nextDue: string | null;
}

interface Props {
  view: QuestionView;
  /** e.g. "Question 2 of 6"; the heading takes focus when a new question appears */
  heading: string;
  focusHeading: boolean;
  result: CardResult | null;
  onSubmit: (response: QuizResponse) => void;
  /** moves on after feedback; Enter does the same */
  onNext: () => void;
  nextLabel: string;
}

/** One question: prompt, answer controls, then feedback with the explanation and a way on. */
export function QuestionCard({ view, heading, focusHeading, result, onSubmit, onNext, nextLabel }: Props) {
  const t = useT();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const q = view.question;
  const Response = RESPONSES[q.type] as ComponentType<ResponseProps<Question['type']>>;

  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading, q.id]);
  useEffect(() => {
    if (result) feedbackRef.current?.focus();
  }, [result]);
  useQuizKeys(result ? { onEnter: onNext } : {});

  return (
    <article className="question" data-testid="question" data-question-id={q.id} data-type={q.type} aria-labelledby={`${id}-heading`}>
      <header className="question__header">
        <h2 className="question__heading" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <p className="question__meta">
          {t(`quiz.topic.${q.topic}`)} · {t(`quiz.difficulty.${q.difficulty}`)} · {t(`quiz.type.${q.type}`)}
        </p>
      </header>
      <BuildHtmlView block className="question__prompt prose" id={`${id}-prompt`} value={view.prompt} />
      <Response view={view} question={q} promptId={`${id}-prompt`} submitted={result?.response ?? null} onSubmit={onSubmit} />
      <div className="question__live" aria-live="polite">
        {result ? <Feedback view={view} correct={result.correct} response={result.response} nextDue={result.nextDue} ref={feedbackRef} /> : null}
      </div>
      {result ? (
        <div className="question__actions">
          <button type="button" className="button button--primary" onClick={onNext}>
            {nextLabel}
          </button>
          <span className="question__tip">{t('quiz.enterTip')}</span>
        </div>
      ) : null}
    </article>
  );
}
