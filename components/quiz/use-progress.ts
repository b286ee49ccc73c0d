'use client';

import { useSyncExternalStore } from 'react';
import { createProgressStore, type ProgressState, type ProgressStore } from '@/lib/quiz/store';

let store: ProgressStore | null = null;

/**
 * The one progress store of this tab, opened on first use in the browser. Reading
 * `window.localStorage` may itself throw (storage disabled): the store then falls back to memory.
 */
export function progressStore(): ProgressStore {
  store ??= createProgressStore(() => window.localStorage);
  return store;
}

const subscribe = (listener: () => void) => progressStore().subscribe(listener);

/** The learner's progress, or null during the static render and hydration (storage is browser-only). */
export function useProgress(): ProgressState | null {
  return useSyncExternalStore(subscribe, () => progressStore().getState(), () => null);
}
