import en from '@/content/messages/en.json' with { type: 'json' };

/** Every UI string key; each language must provide each of them (checked in tests). */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The value of `<html lang>` and of `hreflang` for each locale. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

// Only English is bundled here: this module reaches client code, and importing every language's
// catalog would put all of them in every page's JS. Other catalogs are registered on the server by
// lib/i18n/catalogs.ts (imported by the request locale) and reach client code through the
// LocaleProvider of their own layout (components/i18n/zh-provider.tsx). A key missing in a
// catalog falls back to English; the catalog test requires every key in every language.
const catalogs: Partial<Record<Locale, Partial<Messages>>> = { en };

/** Makes `messages` the catalog of `locale` for `t` and `messagesFor` in this module instance. */
export function registerMessages(locale: Locale, messages: Partial<Messages>): void {
  if (locale !== DEFAULT_LOCALE) catalogs[locale] = messages;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The catalog of `locale`, every key present (English where a key is missing). */
export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : { ...en, ...catalogs[locale] };
}

/** The string for `key` in `messages` (a locale's catalog, English where it has no such key). */
export function translate(messages: Partial<Messages> | undefined, key: MessageKey, vars?: Record<string, string | number>): string {
  return format(messages?.[key] || en[key], vars);
}

/** Fills `{name}` placeholders of `template` from `vars`; unknown ones stay visible. */
export function format(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The UI string for `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>, locale: Locale = DEFAULT_LOCALE): string {
  return translate(catalogs[locale], key, vars);
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
