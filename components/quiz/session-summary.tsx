'use client';

import Link from '@/components/layout/link';
import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import type { QuestionView } from './question-view';
import type { SessionAnswer } from './quiz-session';

/** End of a practice or review session: the score and the lesson sections behind the misses. */
export function SessionSummary({ answers, views, onRestart }: { answers: SessionAnswer[]; views: readonly QuestionView[]; onRestart: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const correct = answers.filter((a) => a.correct === true).length;
  const skipped = answers.filter((a) => a.correct === null).length;
  const missed = new Set(answers.filter((a) => a.correct !== true).map((a) => a.questionId));
  const lessons = new Map<string, string>();
  for (const v of views) if (missed.has(v.question.id) && v.lessonHref && v.lessonTitle) lessons.set(v.lessonHref, v.lessonTitle);
  return (
    <section className="summary panel" data-testid="session-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1} ref={heading}>
        {t('quiz.summary.title')}
      </h2>
      <p className="summary__score">
        {t('quiz.summary.score', { correct, total: answers.length })}
        {skipped > 0 ? ` ${t('quiz.summary.skipped', { skipped })}` : null}
      </p>
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
        <button type="button" className="button button--primary" onClick={onRestart}>
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
