'use client';

import { memo } from 'react';
import { LineChart } from '@/components/charts/line-chart';
import { t } from '@/lib/i18n';
import type { TfmHistoryPoint } from './use-transformer-trainer';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Loss and accuracy curves, each with a text summary and the points as a table on demand. */
export const TfmCurves = memo(function TfmCurves({ history }: { history: TfmHistoryPoint[] }) {
  const last = history[history.length - 1];
  const lossSummary = last ? t('tfm.curve.lossSummary', { step: last.step, loss: last.loss.toFixed(3) }) : t('tfm.curve.none');
  const accSummary = last ? t('tfm.curve.accuracySummary', { step: last.step, tokens: pct(last.accuracy), sequences: pct(last.sequenceAccuracy) }) : t('tfm.curve.none');
  const every = Math.max(1, Math.ceil(history.length / 20));
  return (
    <>
      <section className="panel">
        <LineChart title={t('tfm.curve.loss')} summary={lossSummary} series={[{ id: 'loss', label: t('tfm.curve.lossLabel'), color: '#0072B2', points: history.map((p) => [p.step, p.loss] as const) }]} />
      </section>
      <section className="panel">
        <LineChart
          title={t('tfm.curve.accuracy')}
          summary={accSummary}
          series={[
            { id: 'acc', label: t('tfm.curve.tokens'), color: '#0072B2', points: history.map((p) => [p.step, p.accuracy] as const) },
            { id: 'seq', label: t('tfm.curve.sequences'), color: '#D55E00', points: history.map((p) => [p.step, p.sequenceAccuracy] as const) },
          ]}
        />
        <details className="tfm-map__table">
          <summary>{t('tfm.curve.table')}</summary>
          <div className="tfm-table-scroll" tabIndex={0} role="region" aria-label={t('tfm.curve.table')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('moe.stat.step')}</th>
                  <th scope="col">{t('tfm.curve.lossLabel')}</th>
                  <th scope="col">{t('tfm.curve.tokens')}</th>
                  <th scope="col">{t('tfm.curve.sequences')}</th>
                </tr>
              </thead>
              <tbody>
                {history
                  .filter((_, i) => i % every === 0 || i === history.length - 1)
                  .map((p) => (
                    <tr key={p.step}>
                      <td>{p.step}</td>
                      <td>{p.loss.toFixed(3)}</td>
                      <td>{pct(p.accuracy)}</td>
                      <td>{pct(p.sequenceAccuracy)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </details>
      </section>
    </>
  );
});
