'use client';

import Link from '@/components/layout/link';
import { useState } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG } from '@/lib/i18n';
import { returningMisses, returningMissesText } from '@/lib/quiz/returning';
import { dueQuestionIds } from '@/lib/quiz/scheduler';
import type { QuestionView } from './question-view';
import { QuizSession, type SessionAnswer } from './quiz-session';
import { SessionSummary } from './session-summary';
import { useNow } from './use-now';
import { useProgress } from './use-progress';

// a miss's learning step is minutes long: refresh often enough that "comes back in 1 min" turns into "due" promptly
const REFRESH_MS = 15_000;

/** Reviews the cards FSRS says are due; the queue is fixed when the session starts. */
export function ReviewSession({ views }: { views: QuestionView[] }) {
  const locale = useLocale();
  const t = useT();
  const state = useProgress();
  const now = useNow(REFRESH_MS);
  const [queue, setQueue] = useState<{ views: QuestionView[]; drill: boolean; n: number } | null>(null);
  const [done, setDone] = useState<SessionAnswer[] | null>(null);

  if (!state || !now) return <p className="muted">{t('quiz.loading')}</p>;
  const begin = (chosen: QuestionView[], drill: boolean) => {
    setDone(null);
    setQueue({ views: chosen, drill, n: (queue?.n ?? 0) + 1 });
  };
  if (done && queue) {
    return <SessionSummary answers={done} views={queue.views} onRestart={() => { setDone(null); setQueue(null); }} onDrill={(missed) => begin(missed, true)} />;
  }
  if (queue) return <QuizSession key={queue.n} views={queue.views} mode="review" drill={queue.drill} onComplete={setDone} />;

  const byId = new Map(views.map((v) => [v.question.id, v]));
  const due = dueQuestionIds(state.progress.cards, now).flatMap((id) => byId.get(id) ?? []);
  const known = Object.keys(state.progress.cards).filter((id) => byId.has(id));
  // misses in their learning step come back within the session: say when, rather than "all caught up"
  const returning = returningMisses(state.progress.cards, now, known);
  const upcoming = known.map((id) => state.progress.cards[id].due).sort()[0];
  if (due.length === 0) {
    return (
      <div className="panel review-empty" data-testid="review-empty" data-returning={returning?.count ?? 0}>
        {known.length === 0 ? <p>{t('quiz.review.none')}</p> : null}
        {known.length > 0 && returning ? <p data-testid="review-returning">{returningMissesText(returning, t)}</p> : null}
        {known.length > 0 && !returning ? (
          <>
            <p>{t('quiz.review.caughtUp')}</p>
            {upcoming ? <p>{t('quiz.review.nextDue', { date: new Date(upcoming).toLocaleString(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' }) })}</p> : null}
          </>
        ) : null}
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
      {returning ? <p data-testid="review-returning">{returningMissesText(returning, t)}</p> : null}
      <button type="button" className="button button--primary" onClick={() => begin(due, false)}>
        {t('quiz.review.start')}
      </button>
    </div>
  );
}
