import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/i18n';
import { widgetById, widgetParamsProblems, type WidgetEntry } from './registry';

/** Run options the question's frame sets itself (a trained widget runs as soon as the frame opens), so the query leaves them out. */
const FRAME_RUN_KEYS = ['autoplay'];

/**
 * The problems of a predict question's widget and query (empty when sound): the id must name a
 * ready, embeddable widget, the query must pass that widget's own parser without a notice (as a
 * lesson's `<Widget params>` must), and a trained widget's query must say where the run stops
 * (`until`), since the claimed outcome is about that step.
 */
export function predictProblems(widgetId: string, query: string): string[] {
  const widget = widgetById(widgetId);
  if (!widget) return [`no widget "${widgetId}" in lib/widgets/registry.ts`];
  if (!widget.ready || !widget.lessonEmbeddable) return [`widget "${widgetId}" cannot be embedded`];
  const search = new URLSearchParams(query.replace(/^\?/, ''));
  const problems = widgetParamsProblems(widget, search);
  for (const key of FRAME_RUN_KEYS) if (search.has(key)) problems.push(`"${key}" is set by the question's frame; leave it out`);
  if (widget.trains && !(Number(search.get('until')) > 0)) problems.push('a trained widget needs "until" > 0: the step the outcome is claimed at');
  return problems;
}

/** Where a predict question's widget opens: the embed route (running on load for a trained widget) and the full page. */
export function predictFrame(widgetId: string, query: string, locale: Locale = DEFAULT_LOCALE): { widget: WidgetEntry; src: string; page: string } {
  const problems = predictProblems(widgetId, query);
  if (problems.length > 0) throw new Error(`predict widget "${widgetId}" ?${query}: ${problems.join('; ')}`);
  const widget = widgetById(widgetId) as WidgetEntry;
  const search = new URLSearchParams(query.replace(/^\?/, ''));
  const page = new URLSearchParams(search);
  page.delete('lock');
  if (widget.trains) search.set('autoplay', '1');
  return { widget, src: `${localizedPath(widget.embed, locale)}?${search}`, page: `${localizedPath(widget.page, locale)}?${page}` };
}
