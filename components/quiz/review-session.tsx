'use client';

import Link from '@/components/layout/link';
import { useState } from 'react';
import { t } from '@/lib/i18n';
import { dueQuestionIds } from '@/lib/quiz/scheduler';
import type { QuestionView } from './question-view';
import { QuizSession, type SessionAnswer } from './quiz-session';
import { SessionSummary } from './session-summary';
import { useNow } from './use-now';
import { useProgress } from './use-progress';

/** Reviews the cards FSRS says are due; the queue is fixed when the session starts. */
export function ReviewSession({ views }: { views: QuestionView[] }) {
  const state = useProgress();
  const now = useNow();
  const [queue, setQueue] = useState<QuestionView[] | null>(null);
  const [done, setDone] = useState<SessionAnswer[] | null>(null);

  if (!state || !now) return <p className="muted">{t('quiz.loading')}</p>;
  if (done && queue) return <SessionSummary answers={done} views={queue} onRestart={() => { setDone(null); setQueue(null); }} />;
  if (queue) return <QuizSession views={queue} mode="review" onComplete={setDone} />;

  const byId = new Map(views.map((v) => [v.question.id, v]));
  const due = dueQuestionIds(state.progress.cards, now).flatMap((id) => byId.get(id) ?? []);
  const upcoming = Object.entries(state.progress.cards)
    .filter(([id]) => byId.has(id))
    .map(([, card]) => card.due)
    .sort()[0];
  if (due.length === 0) {
    return (
      <div className="panel review-empty" data-testid="review-empty">
        <p>{Object.keys(state.progress.cards).length === 0 ? t('quiz.review.none') : t('quiz.review.caughtUp')}</p>
        {upcoming ? <p>{t('quiz.review.nextDue', { date: new Date(upcoming).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' }) })}</p> : null}
        <Link className="button" href="/quiz">
          {t('quiz.review.practise')}
        </Link>
      </div>
    );
  }
  return (
    <div className="panel review-start">
      <p data-testid="review-count" data-count={due.length}>
        {t('quiz.review.due', { count: due.length })}
      </p>
      <button type="button" className="button button--primary" onClick={() => setQueue(due)}>
        {t('quiz.review.start')}
      </button>
    </div>
  );
}
