'use client';

import { useT } from '@/components/i18n/locale-context';
import { ChartData } from './chart-data';

/** Horizontal-free vertical bars with an optional reference line (e.g. the uniform share 1/N). */
export function BarChart({
  title,
  values,
  colors,
  labels,
  reference,
  referenceLabel,
  max,
  summary,
}: {
  title: string;
  values: readonly number[];
  colors: readonly string[];
  labels: readonly string[];
  reference?: number;
  referenceLabel?: string;
  max: number;
  summary: string;
}) {
  const t = useT();
  const W = 320;
  const H = 130;
  const pad = { l: 6, r: 6, t: 8, b: 20 };
  const n = Math.max(values.length, 1);
  const bw = (W - pad.l - pad.r) / n;
  const y = (v: number) => H - pad.b - (Math.min(v, max) / max) * (H - pad.b - pad.t);
  return (
    <figure className="chart" data-slot="bar-chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`} className="chart__svg">
        {values.map((v, i) => (
          <g key={i}>
            <rect x={pad.l + i * bw + 1} y={y(v)} width={Math.max(bw - 2, 1)} height={H - pad.b - y(v)} fill={colors[i]} />
            <text x={pad.l + i * bw + bw / 2} y={H - 6} className="chart__tick" textAnchor="middle">
              {labels[i]}
            </text>
          </g>
        ))}
        {reference !== undefined ? (
          <g>
            <line x1={pad.l} x2={W - pad.r} y1={y(reference)} y2={y(reference)} className="chart__reference" />
            {referenceLabel ? (
              <text x={W - pad.r} y={y(reference) - 3} className="chart__tick" textAnchor="end">
                {referenceLabel}
              </text>
            ) : null}
          </g>
        ) : null}
      </svg>
      <ChartData caption={title} head={[t('chart.bar'), t('chart.value')]} rows={() => values.map((v, i) => [labels[i], v])} />
    </figure>
  );
}
