import { extent, line, scaleLinear } from 'd3';

export interface Series {
  id: string;
  label: string;
  color: string;
  points: ReadonlyArray<readonly [number, number]>;
}

/** Pure layout of a multi-series line chart: SVG path strings and axis ticks (d3 for math only). */
export function layoutLines(series: readonly Series[], width: number, height: number, pad = { l: 44, r: 10, t: 10, b: 26 }) {
  const all = series.flatMap((s) => s.points.filter(([, y]) => Number.isFinite(y)));
  const [x0, x1] = extent(all, (p) => p[0]) as [number | undefined, number | undefined];
  const [y0, y1] = extent(all, (p) => p[1]) as [number | undefined, number | undefined];
  const x = scaleLinear().domain([x0 ?? 0, Math.max(x1 ?? 1, (x0 ?? 0) + 1)]).range([pad.l, width - pad.r]);
  const y = scaleLinear().domain([Math.min(0, y0 ?? 0), Math.max(y1 ?? 1, 1e-6)]).nice().range([height - pad.b, pad.t]);
  const gen = line<readonly [number, number]>()
    .defined(([, v]) => Number.isFinite(v))
    .x(([v]) => x(v))
    .y(([, v]) => y(v));
  return {
    paths: series.map((s) => ({ id: s.id, color: s.color, label: s.label, d: gen(s.points as [number, number][]) ?? '' })),
    xTicks: x.ticks(5).map((v) => ({ v, pos: x(v) })),
    yTicks: y.ticks(4).map((v) => ({ v, pos: y(v) })),
    plot: { left: pad.l, right: width - pad.r, top: pad.t, bottom: height - pad.b },
  };
}
