import { memo } from 'react';
import { ChartData } from '@/components/charts/chart-data';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { binRows, loadStats } from '@/lib/math/routing-stats';
import './moe-lm-views.css';

export interface LoadHeatmapProps {
  /** The step of each recorded row, oldest first. */
  steps: readonly number[];
  /** Per row, each expert's share of the routed assignments in the layer shown. */
  load: readonly (readonly number[])[];
  /** Share dropped at the latest training step; null when dropless; 'before-step' under a capacity limit before the run's first step (nothing counted yet). */
  dropped: number | null | 'before-step';
  /** The layer shown, 1-based. */
  layerLabel: number;
}

/** At most this many columns: a long run is averaged into bins (binRows) so the SVG stays small. */
export const MAX_COLUMNS = 120;
/** Height of an expert's row, px. */
const ROW = 16;

const pct1 = (x: number) => Math.round(x * 1000) / 10;

/** One step × expert cell, memoised on its numbers: a snapshot adds its column without redrawing the others. */
const HeatCell = memo(function HeatCell({ x, y, opacity }: { x: number; y: number; opacity: string }) {
  return <rect className="load-heatmap__cell" x={x} y={y} width={1.02} height={0.92} fillOpacity={opacity} />;
});

/**
 * Expert load over training as a step × expert heatmap (one row per expert, one column per
 * recorded step or bin): the colour's strength is the share over twice the even share, so an
 * even layer is an even half-tone, an idle expert a pale row and a hog a full one. Below it the
 * latest step's max/mean, CV and dropped share, and the numbers as a table.
 */
export function LoadHeatmap({ steps, load, dropped, layerLabel }: LoadHeatmapProps) {
  const t = useT();
  // Chinese sentences follow each other without a space after 。
  const gap = useLocale() === 'zh' ? '' : ' ';
  if (load.length === 0) {
    return (
      <section className="load-heatmap" data-testid="load-heatmap">
        <p>{t('lmStats.load.empty')}</p>
      </section>
    );
  }
  const n = load[load.length - 1].length;
  const binned = binRows(steps, load, MAX_COLUMNS);
  const stats = loadStats(load[load.length - 1]);
  const cols = binned.rows.length;
  const full = 2 / n;
  const label = t('lmStats.load.label', { layer: layerLabel, first: steps[0], last: steps[steps.length - 1] });
  const summary = t('lmStats.load.summary', {
    step: steps[steps.length - 1],
    expert: stats.busiest + 1,
    share: pct1(stats.busiestShare),
    even: pct1(1 / n),
    times: stats.maxOverMean.toFixed(2),
    cv: stats.cv.toFixed(2),
  });
  return (
    <section className="load-heatmap" data-testid="load-heatmap" data-cv={stats.cv.toFixed(4)} data-max-over-mean={stats.maxOverMean.toFixed(4)}>
      <div className="load-heatmap__plot">
        <div className="load-heatmap__experts" aria-hidden="true">
          {Array.from({ length: n }, (_, e) => (
            <span key={e}>E{e + 1}</span>
          ))}
        </div>
        {/* unit cells stretched to the width (the labels live outside, so they keep their size on a phone) */}
        <svg viewBox={`0 0 ${cols} ${n}`} preserveAspectRatio="none" style={{ height: `${n * ROW}px` }} role="img" aria-label={label}>
          <title>{label}</title>
          <rect className="load-heatmap__bg" x={0} y={0} width={cols} height={n} />
          {binned.rows.map((row, c) =>
            row.map((share, e) => <HeatCell key={`${c}-${e}`} x={c} y={e} opacity={Math.min(1, share / full).toFixed(3)} />),
          )}
        </svg>
      </div>
      <div className="load-heatmap__steps" aria-hidden="true">
        <span>
          {t('lmStats.load.step')} {steps[0]}
        </span>
        <span>
          {t('lmStats.load.step')} {steps[steps.length - 1]}
        </span>
      </div>
      <p className="load-heatmap__scale">{t('lmStats.load.scale')}</p>
      <p data-testid="load-summary">
        {summary}{gap}{dropped === null ? t('lmStats.load.dropless') : dropped === 'before-step' ? t('lmStats.load.droppedBeforeStep') : t('lmStats.load.dropped', { share: pct1(dropped) })}
      </p>
      <ChartData
        caption={label}
        head={[t('lmStats.load.step'), ...Array.from({ length: n }, (_, e) => t('lmStats.expert', { expert: e + 1 }))]}
        rows={() => binned.rows.map((row, c) => [binned.steps[c], ...row.map((s) => Number(s.toFixed(3)))])}
      />
    </section>
  );
}
