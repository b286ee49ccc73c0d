'use client';

import { useEffect, useRef } from 'react';

/** Mirrors a widget's state into the address bar (replaceState: no history entry per slider tick). */
export function useSyncUrl(query: string, extra: URLSearchParams, enabled = true) {
  const first = useRef(true);
  useEffect(() => {
    if (!enabled) return;
    // Keep the learner's original URL (and its notices) until they change something.
    if (first.current) {
      first.current = false;
      return;
    }
    const params = new URLSearchParams(query);
    extra.forEach((v, k) => params.set(k, v));
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [query, extra, enabled]);
}
