'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from '@/lib/i18n';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales';

// No catalog imported here (only types and lib/i18n/locales): Link and the language switch read
// the locale through this module without bundling any strings.
const LocaleContext = createContext<{ locale: Locale; messages?: Partial<Messages> }>({ locale: DEFAULT_LOCALE });

/**
 * Set by each language's root layout (and by an embed from its `lang=`). `messages`: strings of
 * the locale's catalog, absent for English (which lib/i18n bundles where a client component uses
 * it). A provider inside one of the same locale adds its strings to the outer one's: the root
 * layout gives the shell's, a page (PageMessages) those its kind reads.
 */
export function LocaleProvider({ locale, messages, children }: { locale: Locale; messages?: Partial<Messages>; children: ReactNode }) {
  const outer = useContext(LocaleContext);
  const inherited = outer.locale === locale ? outer.messages : undefined;
  const merged = useMemo(() => (inherited && messages ? { ...inherited, ...messages } : (messages ?? inherited)), [inherited, messages]);
  const value = useMemo(() => ({ locale, messages: merged }), [locale, merged]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** The page's catalog strings from the providers (undefined on English pages). */
export function useLocaleMessages(): Partial<Messages> | undefined {
  return useContext(LocaleContext).messages;
}
