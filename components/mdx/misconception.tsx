import type { ReactNode } from 'react';

/** "Common misconception" box: the claim seen online, then the truth with its source. */
export function Misconception({ claim, children }: { claim: string; children: ReactNode }) {
  return (
    <aside className="misconception" aria-label="Common misconception">
      <p className="misconception__label">Common misconception</p>
      <p className="misconception__claim">
        <s>{claim}</s>
      </p>
      <div className="misconception__truth">{children}</div>
    </aside>
  );
}
