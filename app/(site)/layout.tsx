import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { rootMetadata } from '@/app/_pages/meta';
import { RootDocument, VIEWPORT } from '@/app/_pages/root';

export const metadata = rootMetadata('en');
export const viewport = VIEWPORT;

/** Root layout of the English site (today's URLs). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <RootDocument locale="en">
      <SiteShell>{children}</SiteShell>
    </RootDocument>
  );
}
