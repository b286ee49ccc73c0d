import type { Viewport } from 'next';
import type { ReactNode } from 'react';
import 'katex/dist/katex.min.css';
import '../globals.css';
import { HTML_LANG, type Locale } from '@/lib/i18n';

export const VIEWPORT: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1117' },
  ],
};

/**
 * The document of every page. Each language has its own root layouts (site and embed), so
 * `<html lang>` is right in the static HTML: app/(site) and app/(embed) English, app/(zh) and
 * app/(zh-embed) Chinese. The theme is set by SiteShell (next-themes) or, in embeds, by `theme=`.
 */
export function RootDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={HTML_LANG[locale]} suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
