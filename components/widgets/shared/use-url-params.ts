'use client';

import { useEffect, useRef } from 'react';
import { publishWidgetState } from '@/components/embed/embed-store';

// An embed's frame settings survive the widget rewriting its query (a `preset` does not: its values are written out).
const KEEP = ['lock', 'theme', 'lang'] as const;

/**
 * Mirrors a widget's state into the address bar (replaceState: no history entry per slider tick)
 * and publishes it, so an embed can report it to its host (`state`).
 */
export function useSyncUrl(query: string, extra: URLSearchParams, enabled = true) {
  const first = useRef(true);
  useEffect(() => {
    if (!enabled) return;
    const params = new URLSearchParams(query);
    extra.forEach((v, k) => params.set(k, v));
    publishWidgetState(params.toString());
    // Keep the learner's original URL (and its notices) until they change something.
    if (first.current) {
      first.current = false;
      return;
    }
    const current = new URLSearchParams(window.location.search);
    for (const key of KEEP) {
      const value = current.get(key);
      if (value !== null) params.set(key, value);
    }
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [query, extra, enabled]);
}
