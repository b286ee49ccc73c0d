import type { ReactNode } from 'react';
import { getT } from '@/components/i18n/request-locale';

const TITLES = { note: 'callout.note', tip: 'callout.tip', warning: 'callout.warning' } as const;

/** A highlighted aside in a lesson. */
export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof TITLES; title?: string; children: ReactNode }) {
  const t = getT();
  const label = title ?? t(TITLES[kind]);
  return (
    <aside className={`callout callout--${kind}`} aria-label={label}>
      <p className="callout__title">{label}</p>
      {children}
    </aside>
  );
}
