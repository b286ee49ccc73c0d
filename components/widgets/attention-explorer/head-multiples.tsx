'use client';

import { rowStats, type ExplorerResult } from '@/lib/widgets/attention-explorer/model';
import { useT } from '@/components/i18n/locale-context';
import { formatNumber, weightShade } from './format';

const SIZE = 64;

/** Every head's weights as a small multiple; pressing one shows it in the large grid. */
export function HeadMultiples({ result, head, onHead }: { result: ExplorerResult; head: number; onHead: (h: number) => void }) {
  const t = useT();
  const n = result.tokens.length;
  const cell = SIZE / n;
  return (
    <div className="attn-heads" role="group" aria-label={t('attention.heads.title')} data-testid="head-multiples">
      {result.heads.map((h, index) => {
        const stats = rowStats([h.weights], result.isPad);
        return (
          <button
            key={index}
            type="button"
            className="attn-heads__button"
            aria-pressed={index === head}
            aria-label={t('attention.heads.pick', { h: index + 1, max: formatNumber(stats.maxWeight) })}
            title={t('attention.heads.summary', { h: index + 1, max: formatNumber(stats.maxWeight), entropy: formatNumber(stats.entropy, 2) })}
            onClick={() => onHead(index)}
            data-testid="head-thumb"
            data-max-weight={stats.maxWeight}
          >
            <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} aria-hidden="true" className="attn-heads__svg">
              {h.weights.map((row, i) =>
                row.map((w, j) =>
                  !result.mask[i][j] ? (
                    <rect key={`${i}-${j}`} x={j * cell} y={i * cell} width={cell} height={cell} className="attn-heads__masked" />
                  ) : (
                    <rect key={`${i}-${j}`} x={j * cell} y={i * cell} width={cell} height={cell} style={{ fill: `color-mix(in srgb, var(--accent) ${weightShade(w).mix}%, var(--bg-raised))` }} />
                  ),
                ),
              )}
            </svg>
            <span>H{index + 1}</span>
          </button>
        );
      })}
    </div>
  );
}
