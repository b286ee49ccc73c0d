'use client';

import { useState, type ReactNode } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { grade } from '@/lib/quiz/grade';
import { recordAnswer } from '@/lib/quiz/record';
import type { QuizMode, QuizResponse } from '@/lib/quiz/response';
import { coveredCount, rubricGrade } from '@/lib/quiz/rubric';
import { QuestionCard, type CardResult } from './question-card';
import type { QuestionView } from './question-view';
import { progressStore } from './use-progress';

/** One question's outcome in a session; `correct` is null when it was skipped. */
export interface SessionAnswer {
  questionId: string;
  topic: string;
  correct: boolean | null;
  /** rubric recall: the share of key points covered, 0–1 */
  coverage?: number;
}

interface Props {
  views: readonly QuestionView[];
  mode: QuizMode;
  /** a re-drill of a round's misses: see recordAnswer for how FSRS records it */
  drill?: boolean;
  /** shown above the question, e.g. the mock interview's timer */
  toolbar?: ReactNode;
  onAnswer?: (answer: SessionAnswer) => void;
  /** after the last question */
  onComplete: (answers: SessionAnswer[]) => void;
}

/** Runs `views` one at a time; every answer is graded, shown, and recorded in the progress store. */
export function QuizSession({ views, mode, drill = false, toolbar, onAnswer, onComplete }: Props) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<Record<string, CardResult>>({});
  const [answers, setAnswers] = useState<SessionAnswer[]>([]);
  const view = views[index];
  const last = index === views.length - 1;

  const advance = (all: SessionAnswer[]) => {
    if (last) onComplete(all);
    else setIndex(index + 1);
  };
  const submit = (response: QuizResponse) => {
    const q = view.question;
    const correct = grade(q, response);
    // a recall answer's FSRS rating comes from its rubric: the share of key points ticked
    const covered = q.type === 'recall' && response.type === 'recall' ? coveredCount(response.covered, q.keyPoints.length) : null;
    const total = q.type === 'recall' ? q.keyPoints.length : 0;
    const selfGrade = covered === null ? undefined : rubricGrade(covered, total);
    const store = progressStore();
    store.update((p) => recordAnswer(p, { question: q, correct, selfGrade, mode, drill }, new Date()));
    const nextDue = store.getState().progress.cards[q.id]?.due ?? null;
    const answer: SessionAnswer = { questionId: q.id, topic: q.topic, correct, ...(covered === null ? {} : { coverage: covered / total }) };
    setResults((r) => ({ ...r, [q.id]: { response, correct, nextDue } }));
    setAnswers((a) => [...a, answer]);
    onAnswer?.(answer);
  };
  const skip = () => {
    const answer = { questionId: view.question.id, topic: view.question.topic, correct: null };
    const all = [...answers, answer];
    setAnswers(all);
    onAnswer?.(answer);
    advance(all);
  };

  return (
    <div className="session" data-testid="quiz-session" data-mode={mode} data-drill={String(drill)}>
      <div className="session__bar">
        <progress className="session__progress" max={views.length} value={index + (results[view.question.id] ? 1 : 0)} aria-label={t('quiz.sessionProgress')} />
        {toolbar}
      </div>
      <QuestionCard
        key={view.question.id}
        view={view}
        heading={t('quiz.position', { n: index + 1, total: views.length })}
        focusHeading={index > 0}
        result={results[view.question.id] ?? null}
        onSubmit={submit}
        onNext={() => advance(answers)}
        nextLabel={last ? t('quiz.finish') : t('quiz.next')}
      />
      {results[view.question.id] ? null : (
        <button type="button" className="button button--small session__skip" onClick={skip}>
          {last ? t('quiz.skipAndFinish') : t('quiz.skip')}
        </button>
      )}
    </div>
  );
}
