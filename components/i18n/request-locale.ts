import { cache } from 'react';
import '@/lib/i18n/catalogs';
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from '@/lib/i18n';
import { exampleT, isExampleKey, type ExampleKey } from '@/lib/i18n/examples';

// React's cache is per request in server components: a page sets its locale once and every server
// component it renders (the MDX worked examples included, which get no props from the page) reads it.
// Importing this module registers the non-English catalogs with `t` for server components.
const store = cache(() => ({ locale: DEFAULT_LOCALE as Locale }));

/** Called by each layout and page of a locale before it renders anything that reads the locale. */
export function setRequestLocale(locale: Locale): void {
  store().locale = locale;
}

export function getRequestLocale(): Locale {
  return store().locale;
}

/** `t` bound to the request's locale, for server components (UI strings and the worked examples' sentences). */
export function getT(): (key: MessageKey | ExampleKey, vars?: Record<string, string | number>) => string {
  const locale = getRequestLocale();
  return (key, vars) => (isExampleKey(key) ? exampleT(key, vars, locale) : t(key, vars, locale));
}
