'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { t } from '@/lib/i18n';

/** Title bar of an embedded widget with an "Open in MoE Lab" link carrying the same parameters. */
export function EmbedFrame({ title, href, children }: { title: string; href: string; children: ReactNode }) {
  return (
    <div className="embed-frame">
      <header className="embed-frame__bar">
        <h1 className="embed-frame__title">{title}</h1>
        <Suspense fallback={null}>
          <OpenLink href={href} />
        </Suspense>
      </header>
      {children}
    </div>
  );
}

function OpenLink({ href }: { href: string }) {
  const search = useSearchParams();
  const query = new URLSearchParams(search.toString());
  for (const key of ['lock', 'theme', 'lang']) query.delete(key);
  const qs = query.toString();
  return (
    <a className="embed-frame__open" href={`${href}${qs ? `?${qs}` : ''}`} target="_blank" rel="noopener">
      {t('embed.open')}
    </a>
  );
}
