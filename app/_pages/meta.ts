import type { Metadata } from 'next';
import '@/lib/i18n/catalogs';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, localizedPath, t, type Locale } from '@/lib/i18n';

/**
 * The shared page modules (app/_pages/*): each page is written once and rendered for a locale by
 * two thin route files, `app/(site)/<path>/page.tsx` (English, today's URL) and
 * `app/(zh)/zh/<path>/page.tsx` (Chinese, the same path under /zh). This module gives every page
 * its language alternates; importing it registers the non-English catalogs for `t`.
 */

/** `hreflang` alternates of the page at `path` (an English path), and its canonical URL in `locale`. */
export function alternates(path: string, locale: Locale): Metadata['alternates'] {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [HTML_LANG[l], localizedPath(path, l)]));
  return { canonical: localizedPath(path, locale), languages: { ...languages, 'x-default': localizedPath(path, DEFAULT_LOCALE) } };
}

/** A page's metadata: title and description in `locale`, with its alternates. */
export function pageMetadata(locale: Locale, path: string, meta: Metadata): Metadata {
  return { ...meta, alternates: alternates(path, locale) };
}

/** The root layout's metadata of a locale: the title template and default description. */
export function rootMetadata(locale: Locale): Metadata {
  const name = t('site.name', undefined, locale);
  return {
    ...(process.env.SITE_URL ? { metadataBase: new URL(process.env.SITE_URL) } : {}),
    title: { default: name, template: `%s · ${name}` },
    description: t('site.description', undefined, locale),
  };
}
