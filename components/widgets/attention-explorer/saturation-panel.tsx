'use client';

import { LineChart } from '@/components/charts/line-chart';
import type { SaturationPoint } from '@/lib/widgets/attention-explorer/saturation';
import { useT } from '@/components/i18n/locale-context';
import { formatNumber } from './format';

const SCALED = '#0072B2';
const UNSCALED = '#D55E00';

/** Largest weight and entropy against d_k, with and without 1/√d_k, for the explorer's own sentence. */
export function SaturationPanel({ points, dk, scale }: { points: readonly SaturationPoint[]; dk: number; scale: boolean }) {
  const t = useT();
  const now = points.find((p) => p.dk === dk);
  const last = points[points.length - 1];
  const series = (pick: (s: SaturationPoint['scaled']) => number) => [
    { id: 'scaled', label: t('attention.sat.scaled'), color: SCALED, points: points.map((p) => [p.dk, pick(p.scaled)] as const) },
    { id: 'unscaled', label: t('attention.sat.unscaled'), color: UNSCALED, points: points.map((p) => [p.dk, pick(p.unscaled)] as const) },
  ];
  const summary = (pick: (s: SaturationPoint['scaled']) => number) =>
    t('attention.sat.summaryMax', {
      dk,
      scaled: formatNumber(now ? pick(now.scaled) : NaN),
      unscaled: formatNumber(now ? pick(now.unscaled) : NaN),
      scaled512: formatNumber(pick(last.scaled)),
      unscaled512: formatNumber(pick(last.unscaled)),
    });
  return (
    <section className="panel" aria-labelledby="attn-sat-title" data-testid="saturation">
      <h3 id="attn-sat-title">{t('attention.sat.title')}</h3>
      <p>{t('attention.sat.body')}</p>
      <p className="stat-row">{t('attention.sat.now', { dk, state: t(scale ? 'attention.sat.on' : 'attention.sat.off') })}</p>
      <div className="widget__views">
        <LineChart title={t('attention.sat.max')} series={series((s) => s.maxWeight)} summary={summary((s) => s.maxWeight)} xLabel="d_k" />
        <LineChart title={t('attention.sat.entropy')} series={series((s) => s.entropy)} summary={summary((s) => s.entropy)} xLabel="d_k" />
      </div>
      <details>
        <summary>{t('attention.sat.table')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('attention.sat.table')}>
          <table className="data-table attn-table" data-testid="saturation-table">
            <thead>
              <tr>
                <th scope="col">{t('attention.sat.col.dk')}</th>
                <th scope="col">{t('attention.sat.col.maxScaled')}</th>
                <th scope="col">{t('attention.sat.col.maxUnscaled')}</th>
                <th scope="col">{t('attention.sat.col.entScaled')}</th>
                <th scope="col">{t('attention.sat.col.entUnscaled')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.dk} data-current={p.dk === dk || undefined}>
                  <th scope="row">{p.dk}</th>
                  <td>{formatNumber(p.scaled.maxWeight)}</td>
                  <td>{formatNumber(p.unscaled.maxWeight)}</td>
                  <td>{formatNumber(p.scaled.entropy)}</td>
                  <td>{formatNumber(p.unscaled.entropy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
