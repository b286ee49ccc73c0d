/** The site's languages and their paths; no catalog here (client code imports this without bundling any). */

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The value of `<html lang>` and of `hreflang` for each locale. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A site path in `locale`: English keeps today's URLs, Chinese lives under `/zh`. */
export function localizedPath(path: string, locale: Locale): string {
  const bare = splitLocale(path).path;
  if (locale === DEFAULT_LOCALE) return bare;
  return bare === '/' ? `/${locale}` : `/${locale}${bare}`;
}

/** The locale a path is in and the path without its locale prefix. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/(zh)(?=\/|$|[?#])(.*)$/.exec(path);
  if (!match) return { locale: DEFAULT_LOCALE, path };
  const rest = match[2];
  return { locale: 'zh', path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest };
}

/** Where the learner's language choice is kept (the switch writes it, the English home reads it). */
export const LOCALE_STORAGE_KEY = 'moe-lab:locale';

