'use client';

import { useCallback } from 'react';
import { translate, type MessageKey } from '@/lib/i18n';
import { useLocaleMessages } from './locale-state';

export { LocaleProvider, useLocale } from './locale-state';

// Keys already reported in this browser tab (each once, not on every render).
const reported = new Set<MessageKey>();

/**
 * A key that a non-English page reads but its kind does not deliver (lib/i18n/page-messages.ts)
 * would show in English: the static export fails on it where the page's first render reads it,
 * and the browser logs it (the e2e checks fail on console errors) where only later state does.
 */
function undelivered(key: MessageKey): void {
  const message = `The UI string "${key}" is not delivered to this page: add it to the page's kind in lib/i18n/page-messages.ts`;
  if (typeof window === 'undefined') throw new Error(message);
  if (reported.has(key)) return;
  reported.add(key);
  console.error(message);
}

/** `t` bound to the page's locale, for client components. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const messages = useLocaleMessages();
  return useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => {
      if (messages && !(key in messages)) undelivered(key);
      return translate(messages, key, vars);
    },
    [messages],
  );
}
