'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Messages } from '@/lib/i18n';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

// No catalog imported here (only types and lib/i18n/locales): Link and the language switch read
// the locale through this module without bundling any strings.
const LocaleContext = createContext<{ locale: Locale; messages?: Partial<Messages> }>({ locale: DEFAULT_LOCALE });

/**
 * Set by each language's root layout (and by an embed from its `lang=`). `messages` is the
 * locale's catalog, absent for English (which lib/i18n bundles where a client component uses it).
 */
export function LocaleProvider({ locale, messages, children }: { locale: Locale; messages?: Partial<Messages>; children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale, messages }}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** The page's catalog from the provider (undefined on English pages). */
export function useLocaleMessages(): Partial<Messages> | undefined {
  return useContext(LocaleContext).messages;
}
