export type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> };
export type LoadBreakdown = Record<'html parse' | 'css parse' | 'style' | 'layout' | 'paint' | 'compile' | 'gc' | 'script' | 'other' | 'busy' | 'longTasks' | 'blocking' | 'longest' | 'styledElements' | 'laidOutObjects', number> & {
  scripts: Record<string, number>;
};
export function analyse(traceEvents: TraceEvent[], pageUrl: string): LoadBreakdown;
