'use client';

import type { ExplorerResult } from '@/lib/widgets/attention-explorer/model';
import { tokenLabel } from '@/lib/widgets/attention-explorer/tokens';
import { useT } from '@/components/i18n/locale-context';
import { formatNumber } from './format';

const CELL = 14;
const LABEL = 84;

/** The layer's output, one row per token (Concat(heads)·W^O), blue for negative and orange for positive, plus the numbers. */
export function OutputVectors({ result }: { result: ExplorerResult }) {
  const t = useT();
  const { output, tokens } = result;
  const d = output[0].length;
  const maxAbs = Math.max(1e-9, ...output.flat().map(Math.abs));
  const width = LABEL + d * CELL;
  const height = tokens.length * CELL;
  const title = t('attention.output.title', { d });
  return (
    <section className="panel" aria-labelledby="attn-output-title" data-testid="output-vectors">
      <h3 id="attn-output-title">{title}</h3>
      <div className="attn-output__scroll">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={t('attention.output.summary', { t: tokens.length, d })} className="attn-output__svg">
          {output.map((row, i) => (
            <g key={i}>
              <text x={LABEL - 6} y={i * CELL + CELL / 2} textAnchor="end" dominantBaseline="middle" className="chart__tick attn-output__label">
                {`${i + 1} ${tokenLabel(tokens[i])}`}
              </text>
              {row.map((v, c) => (
                <rect
                  key={c}
                  x={LABEL + c * CELL}
                  y={i * CELL}
                  width={CELL - 1}
                  height={CELL - 1}
                  style={{ fill: `color-mix(in srgb, ${v < 0 ? '#0072B2' : '#E69F00'} ${Math.round((Math.abs(v) / maxAbs) * 100)}%, var(--bg-raised))` }}
                />
              ))}
            </g>
          ))}
        </svg>
      </div>
      <details>
        <summary>{t('attention.output.table')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('attention.output.table')}>
          <table className="data-table attn-table" data-testid="output-table">
            <thead>
              <tr>
                <th scope="col">{t('attention.output.token')}</th>
                {output[0].map((_, c) => (
                  <th key={c} scope="col">
                    {c + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {output.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{`${i + 1} ${tokenLabel(tokens[i])}`}</th>
                  {row.map((v, c) => (
                    <td key={c}>{formatNumber(v, 2)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
