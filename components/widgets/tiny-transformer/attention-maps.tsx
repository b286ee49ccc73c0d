'use client';

import { memo } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { SEPARATOR } from '@/lib/widgets/tiny-transformer/tasks';
import type { ExampleView } from '@/lib/widgets/tiny-transformer/protocol';

const CELL = 16;
const MARGIN = 16;

/** How a token is written on the axes: digits as themselves, the separator as "=". */
export function tokenLabel(token: number): string {
  return token === SEPARATOR ? '=' : String(token);
}

/** The weights of one head, [T][T] (query rows, key columns), out of the flat layer-major array. */
function headWeights(attention: Float32Array, map: number, length: number): number[][] {
  return Array.from({ length }, (_, i) => Array.from(attention.subarray((map * length + i) * length, (map * length + i + 1) * length)));
}

function argmaxRow(row: readonly number[]): number {
  return row.reduce((best, v, j) => (v > row[best] ? j : best), 0);
}

/** Every layer's and head's attention over the example's tokens, as heatmaps with a table on demand. */
export const AttentionMaps = memo(function AttentionMaps({ example, layers, heads }: { example: ExampleView; layers: number; heads: number }) {
  const length = example.tokens.length;
  if (example.attention.length !== layers * heads * length * length) return null;
  const labels = example.tokens.map(tokenLabel);
  return (
    <div className="tfm-maps" data-testid="attention-maps">
      {Array.from({ length: layers }, (_, layer) => (
        <div key={layer} className="tfm-maps__layer">
          {Array.from({ length: heads }, (_, head) => (
            <HeadMap key={head} layer={layer} head={head} labels={labels} weights={headWeights(example.attention, layer * heads + head, length)} />
          ))}
        </div>
      ))}
    </div>
  );
});

function HeadMap({ layer, head, labels, weights }: { layer: number; head: number; labels: string[]; weights: number[][] }) {
  const t = useT();
  const T = labels.length;
  const size = MARGIN + T * CELL;
  const title = t('tfm.map.title', { layer: layer + 1, head: head + 1 });
  const strongest = weights.map(argmaxRow);
  const summary = strongest.map((j, i) => `${labels[i]}→${labels[j]}`).join(', ');
  return (
    <figure className="tfm-map" data-testid="attention-map" data-layer={layer + 1} data-head={head + 1} data-argmax={JSON.stringify(strongest)}>
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`${title}. ${t('tfm.map.summary', { pairs: summary })}`} className="tfm-map__svg">
        {labels.map((label, j) => (
          <text key={`k${j}`} x={MARGIN + j * CELL + CELL / 2} y={MARGIN - 4} className="chart__tick" textAnchor="middle">
            {label}
          </text>
        ))}
        {labels.map((label, i) => (
          <text key={`q${i}`} x={MARGIN - 4} y={MARGIN + i * CELL + CELL / 2} className="chart__tick" textAnchor="end" dominantBaseline="middle">
            {label}
          </text>
        ))}
        <rect x={MARGIN} y={MARGIN} width={T * CELL} height={T * CELL} className="tfm-map__bg" />
        {weights.map((row, i) =>
          row.map((w, j) =>
            j <= i ? <rect key={`${i}-${j}`} x={MARGIN + j * CELL} y={MARGIN + i * CELL} width={CELL} height={CELL} className="tfm-map__cell" fillOpacity={Math.min(1, w)} /> : null,
          ),
        )}
      </svg>
      <details className="tfm-map__table">
        <summary>{t('tfm.map.table')}</summary>
        <div className="tfm-table-scroll" tabIndex={0} role="region" aria-label={t('tfm.map.caption', { layer: layer + 1, head: head + 1 })}>
          <table>
            <caption>{t('tfm.map.caption', { layer: layer + 1, head: head + 1 })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tfm.map.query')}</th>
                {labels.map((l, j) => (
                  <th key={j} scope="col">
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weights.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{labels[i]}</th>
                  {row.map((w, j) => (
                    <td key={j}>{j <= i ? w.toFixed(2) : '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
