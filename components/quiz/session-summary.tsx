'use client';

import Link from '@/components/layout/link';
import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { questionHref } from '@/lib/quiz/deep-link';
import { returningMisses, returningMissesText } from '@/lib/quiz/returning';
import { roundMisses } from '@/lib/quiz/round';
import type { QuestionView } from './question-view';
import type { SessionAnswer } from './quiz-session';
import { useProgress } from './use-progress';

interface Props {
  answers: SessionAnswer[];
  views: readonly QuestionView[];
  onRestart: () => void;
  /** starts a round of just the missed questions, at once; no button when absent */
  onDrill?: (missed: QuestionView[]) => void;
}

/** End of a practice or review session: the score, the misses (each linked), when they come back, and the lessons behind them. */
export function SessionSummary({ answers, views, onRestart, onDrill }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useProgress();
  useEffect(() => heading.current?.focus(), []);
  const correct = answers.filter((a) => a.correct === true).length;
  const skipped = answers.filter((a) => a.correct === null).length;
  const byId = new Map(views.map((v) => [v.question.id, v]));
  const misses = roundMisses(answers).flatMap((id) => byId.get(id) ?? []);
  const returning = state ? returningMisses(state.progress.cards, new Date(), misses.map((v) => v.question.id)) : null;
  const notRight = new Set(answers.filter((a) => a.correct !== true).map((a) => a.questionId));
  const lessons = new Map<string, string>();
  for (const v of views) if (notRight.has(v.question.id) && v.lessonHref && v.lessonTitle) lessons.set(v.lessonHref, v.lessonTitle);
  return (
    <section className="summary panel" data-testid="session-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1} ref={heading}>
        {t('quiz.summary.title')}
      </h2>
      <p className="summary__score">
        {t('quiz.summary.score', { correct, total: answers.length })}
        {skipped > 0 ? ` ${t('quiz.summary.skipped', { skipped })}` : null}
      </p>
      {misses.length > 0 ? (
        <>
          <h3 id="summary-misses">{t('quiz.summary.misses')}</h3>
          <p className="muted">{t('quiz.summary.missesHelp')}</p>
          <ol className="summary__misses" aria-labelledby="summary-misses" data-testid="round-misses">
            {misses.map((v) => (
              <li key={v.question.id} data-question-id={v.question.id}>
                <Link href={questionHref(v.set, v.question.id)}>{v.excerpt}</Link>
              </li>
            ))}
          </ol>
          {returning ? (
            <p data-testid="misses-returning">{returningMissesText(returning, t)}</p>
          ) : null}
          {onDrill ? (
            <div className="summary__actions summary__drill">
              <button type="button" className="button button--primary" onClick={() => onDrill(misses)}>
                {t('quiz.summary.drill')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {lessons.size > 0 ? (
        <>
          <h3>{t('quiz.summary.reread')}</h3>
          <ul>
            {[...lessons].map(([href, title]) => (
              <li key={href}>
                <Link href={href}>{title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="summary__actions">
        <button type="button" className={misses.length > 0 && onDrill ? 'button' : 'button button--primary'} onClick={onRestart}>
          {t('quiz.summary.again')}
        </button>
        <Link className="button" href="/quiz/review">
          {t('quiz.review.title')}
        </Link>
        <Link className="button" href="/progress">
          {t('progress.title')}
        </Link>
      </div>
    </section>
  );
}
