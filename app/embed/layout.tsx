import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { robots: { index: false } };

/** Chromeless frame for iframes: no site header or footer. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="embed-main">{children}</main>;
}
