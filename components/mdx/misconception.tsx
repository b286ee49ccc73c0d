import type { ReactNode } from 'react';
import { getT } from '@/components/i18n/request-locale';

/** "Common misconception" box: the claim seen online, then the truth with its source. */
export function Misconception({ claim, children }: { claim: string; children: ReactNode }) {
  const label = getT()('misconception.label');
  return (
    <aside className="misconception" aria-label={label}>
      <p className="misconception__label">{label}</p>
      <p className="misconception__claim">
        <s>{claim}</s>
      </p>
      <div className="misconception__truth">{children}</div>
    </aside>
  );
}
