'use client';

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { DEFAULT_LOCALE, t as translate, type Locale, type MessageKey } from '@/lib/i18n';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Set by each language's root layout (and by an embed from its `lang=`). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** `t` bound to the page's locale, for client components. */
export function useT(): (key: MessageKey, vars?: Record<string, string | number>) => string {
  const locale = useLocale();
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(key, vars, locale), [locale]);
}
