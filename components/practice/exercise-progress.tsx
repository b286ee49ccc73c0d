'use client';

import Link from '@/components/layout/link';
import { useT } from '@/components/i18n/locale-context';
import { useExerciseState } from './use-exercise-store';

/** The code exercises solved in this browser, for /progress. */
export function ExerciseProgress({ exercises }: { exercises: readonly { id: string; title: string }[] }) {
  const t = useT();
  const state = useExerciseState();
  const solved = state ? exercises.filter((e) => state.saved.solved[e.id]) : [];
  return (
    <section aria-labelledby="progress-exercises" data-testid="exercise-progress" data-solved={solved.length}>
      <h2 id="progress-exercises">{t('practice.progressTitle')}</h2>
      <p>{t('practice.solvedCount', { solved: solved.length, total: exercises.length })}</p>
      {solved.length ? (
        <ul>
          {solved.map((e) => (
            <li key={e.id}>
              <Link href={`/practice/${e.id}`}>{e.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t('practice.progressNone')} <Link href="/practice">{t('practice.open')}</Link>
        </p>
      )}
    </section>
  );
}
