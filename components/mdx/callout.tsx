import type { ReactNode } from 'react';

const TITLES = { note: 'Note', tip: 'Try it', warning: 'Careful' } as const;

/** A highlighted aside in a lesson. */
export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof TITLES; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout--${kind}`} aria-label={title ?? TITLES[kind]}>
      <p className="callout__title">{title ?? TITLES[kind]}</p>
      {children}
    </aside>
  );
}
