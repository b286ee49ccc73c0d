'use client';

import { useT } from '@/components/i18n/locale-context';
import { ExerciseStorageNotice } from './storage-notice';
import { useExerciseState } from './use-exercise-store';
import './practice.css';

/** "Solved" next to an exercise the learner has solved in this browser. */
export function SolvedBadge({ id }: { id: string }) {
  const t = useT();
  const state = useExerciseState();
  if (!state?.saved.solved[id]) return null;
  return (
    <span className="practice-badge practice-badge--solved" data-testid="solved-badge">
      {t('practice.solved')}
    </span>
  );
}

/** How many of `ids` are solved, below any notice about where drafts and solved marks are kept. */
export function SolvedCount({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const state = useExerciseState();
  const solved = state ? ids.filter((id) => state.saved.solved[id]).length : 0;
  return (
    <>
      <ExerciseStorageNotice />
      <p className="practice-muted" data-testid="solved-count" data-solved={solved}>
        {t('practice.solvedCount', { solved, total: ids.length })}
      </p>
    </>
  );
}
