import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False during the static render and hydration, true afterwards: for UI that depends on the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
