import type { Preset } from '@/lib/embed/sanitize';
import type { MessageKey } from '@/lib/i18n';
import type { Knob } from '@/lib/params/knobs';
import { MOE_KNOBS, MOE_PRESETS, parseMoeParams, serializeMoeParams, type MoeParams } from '@/lib/widgets/moe-playground/params';
import { RUN_KNOBS, serializeRun, type RunOptions } from '@/lib/params/run-knobs';
import { parseRoutingParams, ROUTING_KNOBS, ROUTING_PRESETS, serializeRoutingParams, type RoutingParams } from '@/lib/widgets/routing-lab/params';
import { ATTENTION_KNOBS, ATTENTION_PRESETS, parseAttentionParams, serializeAttentionParams, type AttentionParams } from '@/lib/widgets/attention-explorer/params';
import { ENSEMBLE_KNOBS, parseEnsembleParams, serializeEnsembleParams, type EnsembleParams } from '@/lib/widgets/ensemble-lab/params';
import { CALCULATOR_KNOBS, parseCalculatorParams, serializeCalculatorParams, type CalculatorParams } from '@/lib/widgets/llm-calculator/params';
import { parseTfmParams, serializeTfmParams, TFM_KNOBS, type TfmParams } from '@/lib/widgets/tiny-transformer/params';
import { LM_KNOBS, LM_PRESETS, parseLmParams, serializeLmParams, type LmParams } from '@/lib/widgets/moe-lm/params';

/**
 * THE list of widgets: one entry per widget, read by its full page and embed route, the lesson
 * `<Widget>` tag, the sitemap, the playground index, the Embed dialog, the embedding protocol
 * (`lock=`, `set-state`, `state`, `preset=`) and the end-to-end tests. A new widget is one entry
 * here (its knob table and parser from lib/widgets/<id>/params.ts); nothing else keeps a list.
 */
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
  /** the widget's own URL parser: the same validation (clamp + notice) for URLs and `set-state` */
  parse: (search: URLSearchParams) => { params: object; notices: string[] };
  /** `parse`'s params → the shortest query that reproduces them (what the widget writes to its URL) */
  serialize: (params: object) => string;
  /** whether the run options (`autoplay`, `until`, `backend`) mean something (widgets that train) */
  trains: boolean;
}

/** A trained widget's query: its model's, then the run options (the order useSyncUrl writes). */
function withRun(model: string, run: RunOptions): string {
  const query = new URLSearchParams(model);
  serializeRun(run).forEach((v, k) => query.set(k, v));
  return query.toString();
}

/** Every widget, in the order the playground index shows them. */
export const WIDGETS: readonly WidgetEntry[] = [
  {
    id: 'moe-playground',
    title: 'moe.title',
    lead: 'moe.lead',
    intro: 'moe.lead',
    page: '/playground/moe',
    embed: '/embed/moe-playground',
    ready: true,
    lessonEmbeddable: true,
    knobs: MOE_KNOBS,
    extraKeys: RUN_KNOBS.map((k) => k.key),
    extraLocks: ['preset'],
    presets: MOE_PRESETS,
    parse: (search) => {
      const { params, run, notices } = parseMoeParams(search);
      return { params: { ...params, ...run }, notices };
    },
    serialize: (p) => withRun(serializeMoeParams(p as MoeParams), p as RunOptions),
    trains: true,
  },
  {
    id: 'moe-lm',
    title: 'widgets.lm.title',
    lead: 'widgets.lm.lead',
    intro: 'widgets.lm.intro',
    page: '/playground/moe-lm',
    embed: '/embed/moe-lm',
    ready: true,
    lessonEmbeddable: true,
    knobs: LM_KNOBS,
    extraKeys: ['text', ...RUN_KNOBS.map((k) => k.key)],
    extraLocks: ['preset', 'text'],
    presets: LM_PRESETS,
    parse: (search) => {
      const { params, run, notices } = parseLmParams(search);
      return { params: { ...params, ...run }, notices };
    },
    serialize: (p) => withRun(serializeLmParams(p as LmParams), p as RunOptions),
    trains: true,
  },
  {
    id: 'routing-lab',
    title: 'widgets.routing.title',
    lead: 'widgets.routing.lead',
    intro: 'routing.lead',
    page: '/playground/routing',
    embed: '/embed/routing-lab',
    ready: true,
    lessonEmbeddable: true,
    knobs: ROUTING_KNOBS,
    extraKeys: ['text'],
    extraLocks: ['preset', 'text', 'model'],
    presets: ROUTING_PRESETS,
    parse: parseRoutingParams,
    serialize: (p) => serializeRoutingParams(p as RoutingParams),
    trains: false,
  },
  {
    id: 'attention-explorer',
    title: 'widgets.attention.title',
    lead: 'widgets.attention.lead',
    intro: 'attention.lead',
    page: '/playground/attention',
    embed: '/embed/attention-explorer',
    ready: true,
    lessonEmbeddable: true,
    knobs: ATTENTION_KNOBS,
    extraKeys: ['text'],
    extraLocks: ['preset', 'text'],
    presets: ATTENTION_PRESETS,
    parse: parseAttentionParams,
    serialize: (p) => serializeAttentionParams(p as AttentionParams),
    trains: false,
  },
  {
    id: 'tiny-transformer',
    title: 'widgets.transformer.title',
    lead: 'widgets.transformer.lead',
    intro: 'widgets.transformer.lead',
    page: '/playground/transformer',
    embed: '/embed/tiny-transformer',
    ready: true,
    lessonEmbeddable: true,
    knobs: TFM_KNOBS,
    extraKeys: RUN_KNOBS.map((k) => k.key),
    extraLocks: [],
    presets: [],
    parse: (search) => {
      const { params, run, notices } = parseTfmParams(search);
      return { params: { ...params, ...run }, notices };
    },
    serialize: (p) => withRun(serializeTfmParams(p as TfmParams), p as RunOptions),
    trains: true,
  },
  {
    id: 'ensemble-lab',
    title: 'widgets.ensembles.title',
    lead: 'widgets.ensembles.lead',
    intro: 'widgets.ensembles.lead',
    page: '/playground/ensembles',
    embed: '/embed/ensemble-lab',
    ready: true,
    lessonEmbeddable: true,
    knobs: ENSEMBLE_KNOBS,
    extraKeys: [],
    extraLocks: [],
    presets: [],
    parse: parseEnsembleParams,
    serialize: (p) => serializeEnsembleParams(p as EnsembleParams),
    trains: false,
  },
  {
    id: 'llm-calculator',
    title: 'widgets.calculator.title',
    lead: 'widgets.calculator.lead',
    intro: 'calculator.lead',
    page: '/playground/calculator',
    embed: '/embed/llm-calculator',
    ready: true,
    lessonEmbeddable: true,
    knobs: CALCULATOR_KNOBS,
    extraKeys: [],
    extraLocks: [],
    presets: [],
    parse: parseCalculatorParams,
    serialize: (p) => serializeCalculatorParams(p as CalculatorParams),
    trains: false,
  },
];

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
  const path = pathname.replace(/\.html$/, '').replace(/\/+$/, '') || '/';
  return WIDGETS.find((w) => w.embed === path || w.page === path);
}

/** The frame's widget id from its path: `/embed/<id>` → id, `/embed/quiz/<set>` → "quiz". */
export function embedIdFromPath(pathname: string): string {
  const m = /^\/embed\/([a-z0-9-]+)/.exec(pathname);
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
