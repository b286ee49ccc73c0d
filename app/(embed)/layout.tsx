import type { ReactNode } from 'react';
import { EMBED_LANG_SCRIPT, EmbedChrome } from '@/app/_pages/embed-chrome';
import { rootMetadata } from '@/app/_pages/meta';
import { RootDocument, VIEWPORT } from '@/app/_pages/root';

export const metadata = { ...rootMetadata('en'), robots: { index: false } };
export const viewport = VIEWPORT;

/** Root layout of the English embeds (`/embed/…`); `?lang=zh` moves to the Chinese one. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <RootDocument locale="en">
      <EmbedChrome before={EMBED_LANG_SCRIPT}>{children}</EmbedChrome>
    </RootDocument>
  );
}
