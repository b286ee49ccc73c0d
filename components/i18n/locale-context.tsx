'use client';

import { useCallback } from 'react';
import { translate, type MessageKey } from '@/lib/i18n';
import { useLocaleMessages } from './locale-state';

export { LocaleProvider, useLocale } from './locale-state';

/** `t` bound to the page's locale, for client components. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const messages = useLocaleMessages();
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(messages, key, vars), [messages]);
}
