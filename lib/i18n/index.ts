import en from '@/content/messages/en.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from './locales';

// The locales and paths, without any catalog: client code that needs only them (links, the
// language switch) imports lib/i18n/locales and so does not bundle en.json.
export * from './locales';

/** Every UI string key; each language must provide each of them (checked in tests). */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

// Only English is bundled here: this module reaches client code (where a client component uses
// strings, as before there was a second language), and importing every language's catalog would
// put all of them in that JS. Other catalogs are registered on the server by lib/i18n/catalogs.ts
// (imported by the request locale) and reach client code as the LocaleProvider's `messages`: only
// the strings the page's client components read (lib/i18n/page-messages.ts). A key missing in a
// catalog falls back to English; the catalog test requires every key in every language.
const catalogs: Partial<Record<Locale, Partial<Messages>>> = { en };

/** Makes `messages` the catalog of `locale` for `t` and `messagesFor` in this module instance. */
export function registerMessages(locale: Locale, messages: Partial<Messages>): void {
  if (locale !== DEFAULT_LOCALE) catalogs[locale] = messages;
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


