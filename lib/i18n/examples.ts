import en from '@/content/messages/examples/en.json' with { type: 'json' };
import zh from '@/content/messages/examples/zh.json' with { type: 'json' };
import { format, type Locale } from './index';

/**
 * The worked examples' sentences (`example.*`): built into the lesson HTML by server components
 * and never needed by client code, so they live apart from the UI catalog that client pages
 * bundle (about 5 KB gzip of JS per page kept out). Only the request locale's `getT` reads them.
 */
export type ExampleKey = keyof typeof en;

export const EXAMPLE_CATALOGS: Record<Locale, Partial<Record<ExampleKey, string>>> = { en, zh };

export function isExampleKey(key: string): key is ExampleKey {
  return key in en;
}

/** A worked example's string in `locale`, English where the locale lacks it. */
export function exampleT(key: ExampleKey, vars: Record<string, string | number> | undefined, locale: Locale): string {
  return format(EXAMPLE_CATALOGS[locale][key] || en[key], vars);
}
