import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { EMBED_THEME_SCRIPT, EmbedThemeWatcher } from '@/components/embed/embed-theme';

export const metadata: Metadata = { robots: { index: false } };

/**
 * Chromeless frame for iframes: no site header or footer. The theme comes from `theme=` (set
 * before the first paint by an inline script), not from the site's remembered choice.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: EMBED_THEME_SCRIPT }} />
      <EmbedThemeWatcher />
      <main className="embed-main">{children}</main>
    </>
  );
}
