'use client';

import { useT } from '@/components/i18n/locale-context';
import { dueQuestionIds } from '@/lib/quiz/scheduler';
import { useNow } from './use-now';
import { useProgress } from './use-progress';

/** "3 questions due now" on the quiz index, read from this browser's progress. */
export function DueBadge() {
  const t = useT();
  const state = useProgress();
  const now = useNow();
  if (!state || !now) return null;
  const due = dueQuestionIds(state.progress.cards, now).length;
  return (
    <p className="due-badge" data-testid="due-badge" data-count={due}>
      {t('quiz.review.due', { count: due })}
    </p>
  );
}
