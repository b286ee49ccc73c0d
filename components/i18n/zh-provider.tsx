import type { ReactNode } from 'react';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { PAGE_MESSAGES, pickMessages } from '@/lib/i18n/page-messages';
import { LocaleProvider } from './locale-state';

/**
 * The Chinese root layouts' provider (a server component): the locale, and the strings the site
 * shell's and the embed chrome's client components read (`shell`), as the provider's props in the
 * page's payload, not in any JS chunk, so no page's JS carries both catalogs and the English pages
 * carry no Chinese at all. Each page adds its own kind's strings (PageMessages).
 */
export function ZhLocaleProvider({ children }: { children: ReactNode }) {
  return (
    <LocaleProvider locale="zh" messages={pickMessages(CATALOGS.zh, PAGE_MESSAGES.shell)}>
      {children}
    </LocaleProvider>
  );
}
