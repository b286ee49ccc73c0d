'use client';

import { useT } from '@/components/i18n/locale-context';
import { lineTableRows } from '@/lib/viz/chart-table';
import { layoutLines, type Series } from '@/lib/viz/line-path';
import { ChartData } from './chart-data';

const W = 320;
const H = 150;

/** Multi-series line chart (SVG, d3 for math only) with a legend, a text summary for screen readers and its data as a table on demand. */
export function LineChart({ title, series, summary, xLabel: givenXLabel }: { title: string; series: Series[]; summary: string; xLabel?: string }) {
  const t = useT();
  const xLabel = givenXLabel ?? t('chart.step');
  const { paths, xTicks, yTicks, plot } = layoutLines(series, W, H);
  return (
    <figure className="chart" data-slot="line-chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`} className="chart__svg">
        {yTicks.map((t) => (
          <g key={`y${t.v}`}>
            <line x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} className="chart__grid" />
            <text x={plot.left - 4} y={t.pos} className="chart__tick" textAnchor="end" dominantBaseline="middle">
              {formatTick(t.v)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${t.v}`} x={t.pos} y={plot.bottom + 14} className="chart__tick" textAnchor="middle">
            {formatTick(t.v)}
          </text>
        ))}
        <text x={plot.right} y={H - 1} className="chart__tick" textAnchor="end">
          {xLabel}
        </text>
        {paths.map((p) => (p.dot ? <circle key={p.id} cx={p.dot.x} cy={p.dot.y} r={3} fill={p.color} className="chart__dot" /> : <path key={p.id} d={p.d} stroke={p.color} className="chart__line" />))}
      </svg>
      <ul className="chart__legend">
        {paths.map((p) => (
          <li key={p.id}>
            <span className="chart__swatch" style={{ background: p.color }} aria-hidden="true" />
            {p.label}
          </li>
        ))}
      </ul>
      <ChartData caption={title} head={[xLabel, ...series.map((s) => s.label)]} rows={() => lineTableRows(series).map((r) => [r.x, ...r.ys])} />
    </figure>
  );
}

function formatTick(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) >= 1000) return `${v / 1000}k`;
  return Math.abs(v) < 0.01 ? v.toExponential(0) : String(Number(v.toPrecision(3)));
}
