import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'katex/dist/katex.min.css';
import { t } from '@/lib/i18n';
import './globals.css';

export const metadata: Metadata = {
  title: { default: t('site.name'), template: `%s · ${t('site.name')}` },
  description: t('site.description'),
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1117' },
  ],
};

/** Root of every page, site and embed alike. The theme is set by SiteShell (next-themes) or, in embeds, by `theme=`. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        {children}
      </body>
    </html>
  );
}
