'use client';

import { useMemo } from 'react';
import { BarChart } from '@/components/charts/bar-chart';
import { GridCanvas } from '@/components/charts/grid-canvas';
import { LineChart } from '@/components/charts/line-chart';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import { useT } from '@/components/i18n/locale-context';
import type { MoeParams } from '@/lib/widgets/moe-playground/params';
import { datasetForConfig } from '@/lib/data/datasets';
import type { ModelView, TrainSnapshot } from '@/lib/widgets/moe-playground/protocol';
import { CLASS_COLORS, EXPERT_COLORS } from '@/lib/viz/palette';
import type { HistoryPoint } from './use-moe-trainer';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Decision boundaries, router map, load bars and curves of the latest snapshot. */
export function MoeViews({ params, snapshot, history }: { params: MoeParams; snapshot: TrainSnapshot | null; history: HistoryPoint[] }) {
  const t = useT();
  const data = useMemo(() => datasetForConfig({ dataset: params.dataset, seed: params.seed, points: 400 }), [params.dataset, params.seed]);
  const points = useMemo(() => data.points.map((p) => [p[0], p[1]] as const), [data]);
  const labels = useMemo(() => Uint8Array.from(data.labels), [data]);
  const load = snapshot?.load ?? Array.from({ length: params.experts }, () => 0);
  const expertLabels = load.map((_, e) => String(e + 1));
  const size = snapshot?.gridSize ?? 0;
  return (
    <div className="widget__views widget__unwrap">
      {/* The two maps every knob changes: the MoE's boundary and which expert owns each region. */}
      <PinnedView className="widget__pinned--pair">
        <BoundaryPanel title={t('moe.view.boundary')} view={snapshot} size={size} points={points} labels={labels} />
        <section className="panel">
          <h3>{t('moe.view.router')}</h3>
          <GridCanvas
            // The map shows areas, not the load: its label and table caption say so (the load bars list assignment shares).
            label={t('moe.view.routerLabel')}
            cells={snapshot?.expertGrid ?? null}
            size={size}
            colors={EXPERT_COLORS}
            opacity={0.85}
            categories={expertLabels.map((e) => `${t('moe.expert')} ${e}`)}
          />
          <ul className="chart__legend" aria-label={t('chart.expertColours')}>
            {load.map((_, e) => (
              <li key={e}>
                <span className="chart__swatch" style={{ background: EXPERT_COLORS[e % EXPERT_COLORS.length] }} aria-hidden="true" />
                {e + 1}
              </li>
            ))}
          </ul>
        </section>
      </PinnedView>
      <section className="panel">
        <BarChart
          title={t('moe.view.load')}
          values={load}
          colors={load.map((_, e) => EXPERT_COLORS[e % EXPERT_COLORS.length])}
          labels={expertLabels}
          reference={1 / params.experts}
          referenceLabel={t('moe.view.uniform')}
          max={Math.min(1, Math.max(2 / params.experts, ...load) * 1.15)}
          summary={load.map((s, e) => t('chart.expertShare', { expert: e + 1, share: pct(s) })).join(t('punct.listSeparator'))}
        />
      </section>
      <BoundaryPanel title={t('moe.view.dense')} view={snapshot?.dense ?? null} size={size} points={points} labels={labels} />
      <section className="panel">
        <LineChart
          title={t('moe.view.loss')}
          summary={lastSummary(history, (p) => t('moe.view.lossSummary', { loss: p.loss.toFixed(3), aux: p.auxLoss.toFixed(3), dense: p.denseLoss.toFixed(3) }), t)}
          series={[
            { id: 'loss', label: t('moe.series.loss'), color: '#0072B2', points: history.map((p) => [p.step, p.loss] as const) },
            { id: 'aux', label: t('moe.series.aux'), color: '#D55E00', points: history.map((p) => [p.step, p.auxLoss] as const) },
            { id: 'dense', label: t('moe.series.dense'), color: '#999999', points: history.map((p) => [p.step, p.denseLoss] as const) },
          ]}
        />
      </section>
      <section className="panel">
        <LineChart
          title={t('moe.view.accuracy')}
          summary={lastSummary(history, (p) => t('moe.view.accSummary', { moe: pct(p.accuracy), dense: pct(p.denseAccuracy) }), t)}
          series={[
            { id: 'acc', label: t('moe.series.acc'), color: '#0072B2', points: history.map((p) => [p.step, p.accuracy] as const) },
            { id: 'dense-acc', label: t('moe.series.denseAcc'), color: '#999999', points: history.map((p) => [p.step, p.denseAccuracy] as const) },
          ]}
        />
      </section>
    </div>
  );
}

/** A model's decision boundary with the training points on top. */
function BoundaryPanel(props: { title: string; view: ModelView | null; size: number; points: ReadonlyArray<readonly [number, number]>; labels: Uint8Array }) {
  const t = useT();
  const { title, view, size, points, labels } = props;
  return (
    <section className="panel">
      <h3>{title}</h3>
      <GridCanvas
        label={view ? t('moe.view.boundaryAccuracy', { title, accuracy: pct(view.accuracy) }) : t('moe.view.boundaryUntrained', { title })}
        cells={view?.classGrid ?? null}
        size={size}
        colors={CLASS_COLORS}
        points={points}
        pointColors={labels}
        categories={Array.from({ length: Math.max(...labels, 0) + 1 }, (_, c) => `${t('moe.class')} ${c + 1}`)}
      />
    </section>
  );
}

function lastSummary(history: HistoryPoint[], describe: (p: HistoryPoint) => string, t: ReturnType<typeof useT>): string {
  const last = history[history.length - 1];
  return last ? t('chart.atStep', { step: last.step, what: describe(last) }) : t('chart.noTraining');
}
