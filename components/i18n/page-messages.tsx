import type { ReactNode } from 'react';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { PAGE_MESSAGES, pickMessages, type PageKind } from '@/lib/i18n/page-messages';
import { getRequestLocale } from './request-locale';
import { LocaleProvider } from './locale-state';

/**
 * A non-English page's UI strings for its client components (a server component): the strings
 * its kind reads (lib/i18n/page-messages.ts) go to a nested LocaleProvider, which adds them to
 * the root layout's, in the page's payload. English pages need none (lib/i18n bundles en.json).
 */
export function PageMessages({ kind, children }: { kind: PageKind; children: ReactNode }) {
  const locale = getRequestLocale();
  if (locale === 'en') return children;
  return (
    <LocaleProvider locale={locale} messages={pickMessages(CATALOGS[locale], PAGE_MESSAGES[kind])}>
      {children}
    </LocaleProvider>
  );
}
