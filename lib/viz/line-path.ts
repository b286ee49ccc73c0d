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
  // steps are whole numbers: a short run's axis (say steps 160–161) gets no ticks between them that would all read "160"
  const wholeX = all.length > 0 && all.every(([v]) => Number.isInteger(v));
  return {
    paths: series.map((s) => {
      const finite = s.points.filter(([, v]) => Number.isFinite(v));
      // a line needs two points: a series of one (a checkpoint's first figure) is drawn as a dot
      const dot = finite.length === 1 ? { x: x(finite[0][0]), y: y(finite[0][1]) } : null;
      return { id: s.id, color: s.color, label: s.label, d: gen(s.points as [number, number][]) ?? '', dot };
    }),
    xTicks: x
      .ticks(5)
      .filter((v) => !wholeX || Number.isInteger(v))
      .map((v) => ({ v, pos: x(v) })),
    yTicks: y.ticks(4).map((v) => ({ v, pos: y(v) })),
    plot: { left: pad.l, right: width - pad.r, top: pad.t, bottom: height - pad.b },
  };
}
