import { expertColor } from '@/lib/viz/palette';
import type { Translate } from './routed-text-body';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The expert colours, each with (when given) its share of the text's characters. */
export function ExpertLegend({ numExperts, shares, t }: { numExperts: number; shares?: readonly number[]; t: Translate }) {
  return (
    <ul className="chart__legend" aria-label={t('lmStats.legend')} data-testid="expert-legend">
      {Array.from({ length: numExperts }, (_, e) => (
        <li key={e}>
          <span className="chart__swatch" style={{ background: expertColor(e) }} aria-hidden="true" />
          {t('lmStats.expert', { expert: e + 1 })}
          {shares ? ` · ${pct(shares[e] ?? 0)}` : null}
        </li>
      ))}
    </ul>
  );
}
