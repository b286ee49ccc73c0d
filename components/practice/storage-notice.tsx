'use client';

import { EXERCISES_DAMAGED_KEY, type SetAside } from '@/lib/exercises/store';
import { useT } from '@/components/i18n/locale-context';
import { useExerciseState } from './use-exercise-store';

const STORAGE_MESSAGES = {
  unavailable: 'practice.storage.unavailable',
  full: 'practice.storage.full',
} as const;

type Translate = ReturnType<typeof useT>;

function setAsideText({ count, kept, whole }: SetAside, t: Translate): string {
  const vars = { count, key: EXERCISES_DAMAGED_KEY };
  if (whole) return t(kept ? 'practice.storage.damagedAll' : 'practice.storage.damagedAllLost', vars);
  return t(kept ? 'practice.storage.damaged' : 'practice.storage.damagedLost', vars);
}

/** Why drafts and solved marks are not (all) where they should be; nothing when all is well. */
export function ExerciseStorageNotice() {
  const t = useT();
  const state = useExerciseState();
  if (!state || (!state.notices.length && !state.setAside)) return null;
  return (
    <div className="notice" role="status" data-testid="draft-storage-notice">
      {state.notices.map((n) => (
        <p key={n}>{t(STORAGE_MESSAGES[n])}</p>
      ))}
      {state.setAside ? <p data-testid="draft-set-aside">{setAsideText(state.setAside, t)}</p> : null}
    </div>
  );
}
