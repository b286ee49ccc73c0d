import type { ReactNode } from 'react';

/** Title and lead paragraph at the top of a section page. */
export function PageIntro({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  return (
    <header className="page-intro">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      {children}
    </header>
  );
}
