import type { Preset } from '@/lib/embed/sanitize';
import { splitLocale, type MessageKey } from '@/lib/i18n';
import type { Knob, Translate } from '@/lib/params/knobs';
import { serializeRun, type RunOptions } from '@/lib/params/run-knobs';

/**
 * One widget's line of the registry (lib/widgets/registry.ts), and what can be read from one line
 * alone. Each widget keeps its line in lib/widgets/<id>/widget.ts, so a page ships its own widget's
 * knob table, parser and presets and not every widget's.
 */
/**
 * The page's `t` (useT in a component) for a widget's texts built in lib/ (notices, readings);
 * English where none is given. Never a locale: the non-English catalogs reach client code only
 * through the page's provider, so `t(key, vars, locale)` there would answer in English.
 */
export type { Translate } from '@/lib/params/knobs';

export interface WidgetEntry {
  /** the embed contract's widget id (`/embed/<id>`, `<Widget id>`, the protocol's `widget`) */
  id: string;
  /** catalog keys of its name and one-line lead (content/messages): the playground index and the page's description */
  title: MessageKey;
  lead: MessageKey;
  /** catalog key of the lead under the full page's title (the page can say more than the index) */
  intro: MessageKey;
  /** the full page and the chromeless embed route */
  page: string;
  embed: string;
  /** whether it is built (the playground index lists the others as coming soon) */
  ready: boolean;
  /** whether a lesson's `<Widget id>` may embed it */
  lessonEmbeddable: boolean;
  /** the widget's knobs: the names `lock=`, `set-state` and the Embed dialog offer */
  knobs: readonly Knob[];
  /** other query names the widget reads (a sentence, run options …) */
  extraKeys: readonly string[];
  /** lockable parts that are not knobs (the preset buttons, an editor …) */
  extraLocks: readonly string[];
  presets: readonly Preset[];
  /**
   * the widget's own URL parser: the same validation (clamp + notice) for URLs and `set-state`;
   * `t` is the page's, so an embed's notices (shown and posted to the host) are in its language
   */
  parse: (search: URLSearchParams, t?: Translate) => { params: object; notices: string[] };
  /** `parse`'s params → the shortest query that reproduces them (what the widget writes to its URL) */
  serialize: (params: object) => string;
  /** whether the run options (`autoplay`, `until`, `backend`) mean something (widgets that train) */
  trains: boolean;
}

/** A trained widget's query: its model's, then the run options (the order useSyncUrl writes). */
export function withRun(model: string, run: RunOptions): string {
  const query = new URLSearchParams(model);
  serializeRun(run).forEach((v, k) => query.set(k, v));
  return query.toString();
}

/** The frame's widget id from its path: `/embed/<id>` (or `/zh/embed/<id>`) → id, `/embed/quiz/<set>` → "quiz". */
export function embedIdFromPath(pathname: string): string {
  const m = /^\/embed\/([a-z0-9-]+)/.exec(splitLocale(pathname).path);
  return m ? m[1] : 'unknown';
}

/** Every name `lock=` accepts for `widget`. */
export function lockableNames(widget: WidgetEntry): string[] {
  return [...new Set([...widget.knobs.map((k) => k.key), ...widget.extraLocks])];
}

/** Every widget parameter `set-state` accepts for `widget`. */
export function stateKeys(widget: WidgetEntry): string[] {
  return [...widget.knobs.map((k) => k.key), ...widget.extraKeys];
}
