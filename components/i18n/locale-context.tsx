'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { DEFAULT_LOCALE, translate, type Locale, type MessageKey, type Messages } from '@/lib/i18n';

const LocaleContext = createContext<{ locale: Locale; messages?: Partial<Messages> }>({ locale: DEFAULT_LOCALE });

/**
 * Set by each language's root layout (and by an embed from its `lang=`). `messages` is the
 * locale's catalog (absent for English, which lib/i18n bundles): it comes from a module only that
 * locale's layout imports (zh-provider.tsx), so English pages never load the Chinese catalog.
 */
export function LocaleProvider({ locale, messages, children }: { locale: Locale; messages?: Partial<Messages>; children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale, messages }}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** `t` bound to the page's locale, for client components. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const { messages } = useContext(LocaleContext);
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(messages, key, vars), [messages]);
}
