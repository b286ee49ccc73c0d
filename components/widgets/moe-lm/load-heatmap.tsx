import { ChartData } from '@/components/charts/chart-data';
import { t } from '@/lib/i18n';
import { binRows, loadStats } from '@/lib/math/routing-stats';
import './moe-lm-views.css';

export interface LoadHeatmapProps {
  /** The step of each recorded row, oldest first. */
  steps: readonly number[];
  /** Per row, each expert's share of the routed assignments in the layer shown. */
  load: readonly (readonly number[])[];
  /** Share dropped at the latest row; null when dropless. */
  dropped: number | null;
  /** The layer shown, 1-based. */
  layerLabel: number;
}

/** At most this many columns: a long run is averaged into bins (binRows) so the SVG stays small. */
export const MAX_COLUMNS = 120;
const W = 600;
const LEFT = 34;
const ROW = 16;
const BOTTOM = 18;

const pct1 = (x: number) => Math.round(x * 1000) / 10;

/**
 * Expert load over training as a step × expert heatmap (one row per expert, one column per
 * recorded step or bin): the colour's strength is the share over twice the even share, so an
 * even layer is an even half-tone, an idle expert a pale row and a hog a full one. Below it the
 * latest step's max/mean, CV and dropped share, and the numbers as a table.
 */
export function LoadHeatmap({ steps, load, dropped, layerLabel }: LoadHeatmapProps) {
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
  const cellW = (W - LEFT) / cols;
  const height = n * ROW + BOTTOM;
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
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label}>
        <title>{label}</title>
        <rect className="load-heatmap__bg" x={LEFT} y={0} width={W - LEFT} height={n * ROW} />
        {binned.rows.map((row, c) =>
          row.map((share, e) => (
            <rect
              key={`${c}-${e}`}
              className="load-heatmap__cell"
              x={LEFT + c * cellW}
              y={e * ROW}
              width={cellW + 0.3}
              height={ROW - 1}
              fillOpacity={Math.min(1, share / full).toFixed(3)}
            />
          )),
        )}
        {Array.from({ length: n }, (_, e) => (
          <text key={e} className="load-heatmap__axis" x={LEFT - 4} y={e * ROW + ROW / 2 + 4} textAnchor="end">
            E{e + 1}
          </text>
        ))}
        <text className="load-heatmap__axis" x={LEFT} y={height - 4}>
          {binned.steps[0]}
        </text>
        <text className="load-heatmap__axis" x={W} y={height - 4} textAnchor="end">
          {t('lmStats.load.step')} {binned.steps[cols - 1]}
        </text>
      </svg>
      <p className="load-heatmap__scale">{t('lmStats.load.scale')}</p>
      <p data-testid="load-summary">
        {summary} {dropped === null ? t('lmStats.load.dropless') : t('lmStats.load.dropped', { share: pct1(dropped) })}
      </p>
      <ChartData
        caption={label}
        head={[t('lmStats.load.step'), ...Array.from({ length: n }, (_, e) => t('lmStats.expert', { expert: e + 1 }))]}
        rows={() => binned.rows.map((row, c) => [binned.steps[c], ...row.map((s) => Number(s.toFixed(3)))])}
      />
    </section>
  );
}
