import type { Knob } from '@/lib/params/knobs';
import { MOE_KNOBS, MOE_PRESETS, parseMoeParams, serializeMoeParams, type MoeParams } from '@/lib/params/moe-playground';
import { RUN_KNOBS, serializeRun, type RunOptions } from '@/lib/params/run-knobs';
import { parseRoutingParams, ROUTING_KNOBS, ROUTING_PRESETS, serializeRoutingParams, type RoutingParams } from '@/lib/params/routing-lab';
import { ATTENTION_KNOBS, ATTENTION_PRESETS, parseAttentionParams, serializeAttentionParams, type AttentionParams } from '@/lib/params/attention-explorer';
import { ENSEMBLE_KNOBS, parseEnsembleParams, serializeEnsembleParams, type EnsembleParams } from '@/lib/params/ensemble-lab';
import { parseTfmParams, serializeTfmParams, TFM_KNOBS, type TfmParams } from '@/lib/params/tiny-transformer';
import type { Preset } from './sanitize';

/** What the embedding protocol needs to know about one widget. */
export interface EmbedWidget {
  id: string;
  /** the full page and the chromeless embed route */
  page: string;
  embed: string;
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

/**
 * Every embeddable widget. A new widget adds one entry here (its parse function from
 * lib/params/<id>.ts); the frame, `set-state`, `state`, `lock=`, `preset=` and the Embed dialog
 * then work for it without further wiring.
 */
export const EMBED_WIDGETS: readonly EmbedWidget[] = [
  {
    id: 'moe-playground',
    page: '/playground/moe',
    embed: '/embed/moe-playground',
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
    id: 'routing-lab',
    page: '/playground/routing',
    embed: '/embed/routing-lab',
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
    page: '/playground/attention',
    embed: '/embed/attention-explorer',
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
    page: '/playground/transformer',
    embed: '/embed/tiny-transformer',
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
    page: '/playground/ensembles',
    embed: '/embed/ensemble-lab',
    knobs: ENSEMBLE_KNOBS,
    extraKeys: [],
    extraLocks: [],
    presets: [],
    parse: parseEnsembleParams,
    serialize: (p) => serializeEnsembleParams(p as EnsembleParams),
    trains: false,
  },
];

export function embedWidget(id: string): EmbedWidget | undefined {
  return EMBED_WIDGETS.find((w) => w.id === id);
}

/** The widget an embed route or a full page shows, from its path (`/embed/<id>`, `/playground/moe` …). */
export function widgetForPath(pathname: string): EmbedWidget | undefined {
  const path = pathname.replace(/\.html$/, '').replace(/\/+$/, '') || '/';
  return EMBED_WIDGETS.find((w) => w.embed === path || w.page === path);
}

/** The frame's widget id from its path: `/embed/<id>` → id, `/embed/quiz/<set>` → "quiz". */
export function embedIdFromPath(pathname: string): string {
  const m = /^\/embed\/([a-z0-9-]+)/.exec(pathname);
  return m ? m[1] : 'unknown';
}

/** Every name `lock=` accepts for `widget`. */
export function lockableNames(widget: EmbedWidget): string[] {
  return [...new Set([...widget.knobs.map((k) => k.key), ...widget.extraLocks])];
}

/** Every widget parameter `set-state` accepts for `widget`. */
export function stateKeys(widget: EmbedWidget): string[] {
  return [...widget.knobs.map((k) => k.key), ...widget.extraKeys];
}
