import type { ReactNode } from 'react';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { LocaleProvider } from './locale-state';

/**
 * The Chinese layouts' provider (a server component): the Chinese catalog goes to client
 * components as the provider's props, in the page's payload, not in any JS chunk, so no page's
 * JS carries both catalogs and the English pages carry no Chinese at all.
 */
export function ZhLocaleProvider({ children }: { children: ReactNode }) {
  return (
    <LocaleProvider locale="zh" messages={CATALOGS.zh}>
      {children}
    </LocaleProvider>
  );
}
