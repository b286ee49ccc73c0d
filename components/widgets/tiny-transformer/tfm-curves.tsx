'use client';

import { memo } from 'react';
import { LineChart } from '@/components/charts/line-chart';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import { useT } from '@/components/i18n/locale-context';
import type { TfmHistoryPoint } from './use-transformer-trainer';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Loss and accuracy curves, each with a text summary and its points as a table on demand (LineChart's). */
export const TfmCurves = memo(function TfmCurves({ history }: { history: TfmHistoryPoint[] }) {
  const t = useT();
  const last = history[history.length - 1];
  const lossSummary = last ? t('tfm.curve.lossSummary', { step: last.step, loss: last.loss.toFixed(3) }) : t('tfm.curve.none');
  const accSummary = last ? t('tfm.curve.accuracySummary', { step: last.step, tokens: pct(last.accuracy), sequences: pct(last.sequenceAccuracy) }) : t('tfm.curve.none');
  return (
    <>
      <section className="panel">
        <LineChart title={t('tfm.curve.loss')} summary={lossSummary} series={[{ id: 'loss', label: t('tfm.curve.lossLabel'), color: '#0072B2', points: history.map((p) => [p.step, p.loss] as const) }]} />
      </section>
      {/* Accuracy, not loss, stays on a phone's screen: "sequences right" is what says the task is learned. */}
      <PinnedView>
        <section className="panel">
          <LineChart
            title={t('tfm.curve.accuracy')}
            summary={accSummary}
            series={[
              { id: 'acc', label: t('tfm.curve.tokens'), color: '#0072B2', points: history.map((p) => [p.step, p.accuracy] as const) },
              { id: 'seq', label: t('tfm.curve.sequences'), color: '#D55E00', points: history.map((p) => [p.step, p.sequenceAccuracy] as const) },
            ]}
          />
        </section>
      </PinnedView>
    </>
  );
});
