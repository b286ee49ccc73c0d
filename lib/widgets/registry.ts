import { MOE_WIDGET } from '@/lib/widgets/moe-playground/widget';
import { MOE_LM_WIDGET } from '@/lib/widgets/moe-lm/widget';
import { ROUTING_WIDGET } from '@/lib/widgets/routing-lab/widget';
import { ATTENTION_WIDGET } from '@/lib/widgets/attention-explorer/widget';
import { TFM_WIDGET } from '@/lib/widgets/tiny-transformer/widget';
import { ENSEMBLE_WIDGET } from '@/lib/widgets/ensemble-lab/widget';
import { CALCULATOR_WIDGET } from '@/lib/widgets/llm-calculator/widget';
import { lockableNames, stateKeys, type WidgetEntry } from '@/lib/widgets/entry';
import { splitLocale } from '@/lib/i18n';

export { embedIdFromPath, lockableNames, stateKeys, type WidgetEntry } from '@/lib/widgets/entry';

/**
 * THE list of widgets: one entry per widget, read by its full page and embed route, the lesson
 * `<Widget>` tag, the sitemap, the playground index and the end-to-end tests. A new widget is one line
 * here: its entry in lib/widgets/<id>/widget.ts (knob table and parser from its params.ts).
 * Client code imports a widget's own entry, never this list (a page would ship every widget's).
 * In the order the playground index shows them.
 */
export const WIDGETS: readonly WidgetEntry[] = [MOE_WIDGET, MOE_LM_WIDGET, ROUTING_WIDGET, ATTENTION_WIDGET, TFM_WIDGET, ENSEMBLE_WIDGET, CALCULATOR_WIDGET];

export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}

/** The entry of a widget a route is written for: an id missing from WIDGETS fails the build, not a page. */
export function registeredWidget(id: string): WidgetEntry {
  const widget = widgetById(id);
  if (!widget) throw new Error(`No widget "${id}" in lib/widgets/registry.ts`);
  return widget;
}

/** The widget an embed route or a full page shows, from its path (`/embed/<id>`, `/playground/moe` …). */
export function widgetForPath(pathname: string): WidgetEntry | undefined {
  const path = splitLocale(pathname).path.replace(/\.html$/, '').replace(/\/+$/, '') || '/';
  return WIDGETS.find((w) => w.embed === path || w.page === path);
}

/**
 * The problems of a lesson's `<Widget params>` for `widget` (empty when it is valid): a key the
 * widget does not read, a `lock=` name that is not lockable, and every notice of its URL parser.
 */
export function widgetParamsProblems(widget: WidgetEntry, search: URLSearchParams): string[] {
  const known = new Set<string>([...stateKeys(widget), 'lock']);
  const problems = [...new Set(search.keys())].filter((key) => !known.has(key)).map((key) => `unknown parameter "${key}"`);
  const lockable = new Set(lockableNames(widget));
  for (const key of (search.get('lock') ?? '').split(',').filter(Boolean)) {
    if (!lockable.has(key)) problems.push(`lock: "${key}" is not a knob`);
  }
  return problems.concat(widget.parse(search).notices);
}
