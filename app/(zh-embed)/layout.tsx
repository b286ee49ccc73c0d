import type { ReactNode } from 'react';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { ZhLocaleProvider } from '@/components/i18n/zh-provider';
import { EmbedChrome } from '@/app/_pages/embed-chrome';
import { rootMetadata } from '@/app/_pages/meta';
import { RootDocument, VIEWPORT } from '@/app/_pages/root';

export const metadata = { ...rootMetadata('zh'), robots: { index: false } };
export const viewport = VIEWPORT;

/** Root layout of the Chinese embeds (`/zh/embed/…`, also reached by `/embed/…?lang=zh`). */
export default function ZhEmbedLayout({ children }: { children: ReactNode }) {
  setRequestLocale('zh');
  return (
    <RootDocument locale="zh">
      <ZhLocaleProvider>
        <EmbedChrome>{children}</EmbedChrome>
      </ZhLocaleProvider>
    </RootDocument>
  );
}
