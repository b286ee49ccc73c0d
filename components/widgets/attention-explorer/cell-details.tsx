'use client';

import type { ExplorerResult } from '@/lib/widgets/attention-explorer/model';
import type { AttentionParams } from '@/lib/widgets/attention-explorer/params';
import { useT } from '@/components/i18n/locale-context';
import type { Cell } from './attention-heatmap';
import { formatNumber, scoreFormula } from './format';

/** How the active cell's weight is made: q·k, the score the softmax sees, and the weight. */
export function CellDetails({ result, params, head, cell }: { result: ExplorerResult; params: AttentionParams; head: number; cell: Cell }) {
  const t = useT();
  const h = result.heads[head];
  const { i, j } = cell;
  const masked = !result.mask[i][j];
  const dot = h.dots[i][j];
  const score = h.scores[i][j];
  const weight = h.weights[i][j];
  const formula = scoreFormula(params.dk, params.scale, params.temp).replace('q·k', formatNumber(dot));
  const title = t('attention.detail.title', { i: i + 1, query: result.tokens[i], j: j + 1, key: result.tokens[j], h: head + 1 });
  return (
    <section className="attn-details" aria-label={title} data-testid="cell-details" data-row={i} data-col={j} data-dot={dot} data-score={score} data-weight={weight}>
      <p className="attn-details__title">{title}</p>
      <dl className="attn-details__list">
        <div>
          <dt>{t('attention.detail.dot')}</dt>
          <dd data-testid="detail-dot">{formatNumber(dot)}</dd>
        </div>
        <div>
          <dt>{t('attention.detail.score')}</dt>
          <dd data-testid="detail-score">{masked ? '−∞' : formula === formatNumber(dot) ? formatNumber(score) : `${formula} = ${formatNumber(score)}`}</dd>
        </div>
        <div>
          <dt>{t('attention.detail.weight')}</dt>
          <dd data-testid="detail-weight">{masked ? '0' : formatNumber(weight, 4)}</dd>
        </div>
      </dl>
      <p className="widget__status">{masked ? t('attention.detail.masked') : t('attention.detail.row', { max: formatNumber(Math.max(...h.weights[i])) })}</p>
    </section>
  );
}
