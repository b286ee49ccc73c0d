'use client';

import { useSyncExternalStore } from 'react';
import { createExerciseStore, type ExerciseState, type ExerciseStore } from '@/lib/exercises/store';

let store: ExerciseStore | null = null;

/** The one exercise store of this tab (drafts and solved marks), opened on first use in the browser. */
export function exerciseStore(): ExerciseStore {
  store ??= createExerciseStore(() => window.localStorage);
  return store;
}

const subscribe = (listener: () => void) => exerciseStore().subscribe(listener);

/** Drafts and solved marks, or null during the static render and hydration. */
export function useExerciseState(): ExerciseState | null {
  return useSyncExternalStore(subscribe, () => exerciseStore().getState(), () => null);
}
