import type { ReactNode } from 'react';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { ZhLocaleProvider } from '@/components/i18n/zh-provider';
import { SiteShell } from '@/components/layout/site-shell';
import { rootMetadata } from '@/app/_pages/meta';
import { RootDocument, VIEWPORT } from '@/app/_pages/root';

export const metadata = rootMetadata('zh');
export const viewport = VIEWPORT;

/** Root layout of the Chinese site (`/zh/…`): `<html lang="zh-Hans">` and the Chinese catalog for client components. */
export default function ZhSiteLayout({ children }: { children: ReactNode }) {
  setRequestLocale('zh');
  return (
    <RootDocument locale="zh">
      <ZhLocaleProvider>
        <SiteShell>{children}</SiteShell>
      </ZhLocaleProvider>
    </RootDocument>
  );
}
