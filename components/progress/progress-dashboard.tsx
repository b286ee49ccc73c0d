'use client';

import Link from '@/components/layout/link';
import { useT } from '@/components/i18n/locale-context';
import { masteryByTopic } from '@/lib/quiz/mastery';
import { dueQuestionIds } from '@/lib/quiz/scheduler';
import { currentStreak } from '@/lib/quiz/streak';
import type { QuestionIndexEntry } from '@/components/quiz/question-view';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { useNow } from '@/components/quiz/use-now';
import { useProgress } from '@/components/quiz/use-progress';
import { DamagedCopy } from './damaged-copy';
import { DueList } from './due-list';
import { HistoryList } from './history-list';
import { MasteryList } from './mastery-list';
import { ProgressTransfer } from './progress-transfer';

/** The progress page: streak, counts, mastery per topic, due cards, history, and export/import. */
export function ProgressDashboard({ index, practiceSets }: { index: QuestionIndexEntry[]; practiceSets: Record<string, string> }) {
  const t = useT();
  const state = useProgress();
  const now = useNow();
  if (!state || !now) return <p className="muted">{t('quiz.loading')}</p>;
  const { progress } = state;
  const known = new Set(index.map((q) => q.id));
  const due = dueQuestionIds(progress.cards, now).filter((id) => known.has(id));
  const streak = currentStreak(progress.attempts, now);
  return (
    <div className="progress-dashboard" data-testid="progress" data-attempts={progress.attempts.length} data-persistent={String(state.persistent)}>
      <StorageNotices onProgressPage />
      {state.damaged !== null && state.damagedPlace ? <DamagedCopy text={state.damaged} place={state.damagedPlace} /> : null}
      <ul className="stats" aria-label={t('progress.summary')}>
        <li className="stat" data-testid="streak" data-value={streak}>
          <span className="stat__value">{streak}</span> <span className="stat__label">{t('progress.streak', { days: streak })}</span>
        </li>
        <li className="stat" data-testid="answered" data-value={progress.attempts.length}>
          <span className="stat__value">{progress.attempts.length}</span> <span className="stat__label">{t('progress.answered')}</span>
        </li>
        <li className="stat" data-testid="due-count" data-value={due.length}>
          <span className="stat__value">{due.length}</span> <span className="stat__label">{t('progress.dueNow')}</span>
          {due.length > 0 ? <Link href="/quiz/review">{t('quiz.review.start')}</Link> : null}
        </li>
      </ul>
      <MasteryList rows={masteryByTopic(progress.attempts, index)} practiceSets={practiceSets} />
      <DueList cards={progress.cards} index={index} now={now} />
      <HistoryList attempts={progress.attempts} index={index} />
      <ProgressTransfer progress={progress} />
    </div>
  );
}
