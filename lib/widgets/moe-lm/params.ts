import { clampText } from '@/lib/data/char-vocab';
import { t as english } from '@/lib/i18n';
import type { Translate } from '@/lib/widgets/entry';
import type { Knob, KnobParams } from '@/lib/params/knobs';
import { parseKnobs, serializeKnobs, seedKnob } from '@/lib/params/knobs';
import { parseRun, type RunOptions } from '@/lib/params/run-knobs';

/**
 * The routers a learner can pick:
 * - `mixtral`: softmax over all experts → top-K, gates renormalised over the K (Mixtral, FACTS A9);
 * - `switch`: softmax → top-K, raw gate values (Switch at K = 1, DeepSeekMoE; A6, A11);
 * - `aux-free`: sigmoid affinities, a per-expert bias added for the top-K choice only and moved by
 *   ±γ after each step outside the gradient, gates normalised over the chosen (DeepSeek-V3; A12).
 */
export const ROUTERS = ['mixtral', 'switch', 'aux-free'] as const;
export type Router = (typeof ROUTERS)[number];

/** The shipped checkpoints (trained by `npm run train:lm`), and `scratch` for a fresh start. */
export const CHECKPOINT_IDS = ['balanced', 'collapse', 'aux-free', 'dense'] as const;
export type CheckpointId = (typeof CHECKPOINT_IDS)[number];
export const CHECKPOINT_CHOICES = [...CHECKPOINT_IDS, 'scratch'] as const;

/** Widths the model may have: multiples of 32, so every head count up to 4 divides it into heads of ≥ 8. */
export const D_MODEL_VALUES = [32, 64, 96, 128] as const;
/** Fine-grained segmentation m (DeepSeekMoE, A11): each expert split into m of 1/m the width, m·K of them active. */
export const GRANULARITY_VALUES = [1, 2, 4] as const;

/** The text the widget opens with: a sentence per source (English, a line of Su Shi's Song ci, code). */
export const DEFAULT_LM_TEXT = 'The jury said the election was fair.\n明月几时有，把酒问青天。\nfunction sum(a, b) { return a + b; }';

/** Every knob of the MoE Language Model: URL names are part of the embed contract (docs/embedding.md). */
export const LM_KNOBS = [
  { kind: 'enum', key: 'checkpoint', label: 'Start from', labelKey: 'knob.startFrom', options: CHECKPOINT_CHOICES, default: 'balanced' },
  { kind: 'int', key: 'layers', label: 'Layers', labelKey: 'knob.layers', min: 1, max: 4, default: 2 },
  { kind: 'int', key: 'dModel', label: 'd_model', labelKey: 'knob.dModel', min: 32, max: 128, default: 64, step: 32 },
  { kind: 'int', key: 'context', label: 'Context (characters)', labelKey: 'knob.contextChars', min: 16, max: 128, default: 64, step: 16 },
  { kind: 'int', key: 'experts', label: 'Experts N', labelKey: 'knob.experts', min: 1, max: 16, default: 8 },
  { kind: 'int', key: 'k', label: 'Top-K', labelKey: 'knob.topK', min: 1, max: 16, default: 2 },
  { kind: 'enum', key: 'router', label: 'Router', labelKey: 'knob.router', options: ROUTERS, default: 'mixtral' },
  { kind: 'number', key: 'lambda', label: 'Balancing weight λ', labelKey: 'knob.lambda', min: 1e-4, max: 1, default: 0.01, scale: 'log', zero: true },
  { kind: 'number', key: 'zloss', label: 'Router z-loss weight', labelKey: 'knob.zloss', min: 1e-4, max: 0.1, default: 0.001, scale: 'log', zero: true },
  // only the aux-free router reads γ; the others ignore it
  { kind: 'number', key: 'gamma', label: 'Bias update speed γ', labelKey: 'knob.gamma', min: 1e-4, max: 0.1, default: 0.001, scale: 'log' },
  // 0 = dropless (Mixtral, DeepSeek-V3); otherwise CF · tokens · K / N slots per expert, overflow skips the layer
  { kind: 'number', key: 'capacity', label: 'Capacity factor', labelKey: 'knob.capacity', min: 0.25, max: 4, default: 0, scale: 'linear', zero: true, step: 0.25 },
  { kind: 'bool', key: 'shared', label: 'Shared expert', labelKey: 'knob.shared', default: false },
  { kind: 'int', key: 'granularity', label: 'Fine-grained split m', labelKey: 'knob.granularity', min: 1, max: 4, default: 1 },
  // multiplicative noise on the router's input, x · U(1 − ε, 1 + ε), for exploration (Switch; HF Mixtral's router_jitter_noise)
  { kind: 'number', key: 'jitter', label: 'Router jitter ε', labelKey: 'knob.jitter', min: 1e-3, max: 0.1, default: 0, scale: 'log', zero: true },
  { kind: 'number', key: 'lr', label: 'Learning rate', labelKey: 'knob.lr', min: 1e-4, max: 0.1, default: 0.003, scale: 'log' },
  { kind: 'int', key: 'batch', label: 'Sequences per batch', labelKey: 'knob.batchSequences', min: 4, max: 64, default: 16 },
  seedKnob('Seed'),
  { kind: 'int', key: 'layer', label: 'Layer shown', labelKey: 'knob.layerShown', min: 1, max: 4, default: 1 },
] as const satisfies readonly Knob[];

/** The values of the widget's knob table. */
export type LmKnobParams = KnobParams<typeof LM_KNOBS>;
/** The widget's parameters: its knob table plus the learner's text (the `text` URL key). */
export type LmParams = LmKnobParams & { text: string };

/** The allowed value nearest to `x` (the lower one on a tie). */
function nearest(values: readonly number[], x: number): number {
  return values.reduce((best, v) => (Math.abs(v - x) < Math.abs(best - x) ? v : best));
}

/** Enforces the rules between knobs (allowed widths and splits, K ≤ N, shown layer ≤ layers), with a notice for each change (`t`: the page's). */
export function reconcileLm(values: LmKnobParams, t: Translate = english): { params: LmKnobParams; notices: string[] } {
  const params = { ...values };
  const notices: string[] = [];
  if (!(D_MODEL_VALUES as readonly number[]).includes(params.dModel)) {
    const next = nearest(D_MODEL_VALUES, params.dModel);
    notices.push(t('lm.notice.dModel', { value: params.dModel, values: D_MODEL_VALUES.join(', '), next }));
    params.dModel = next;
  }
  if (!(GRANULARITY_VALUES as readonly number[]).includes(params.granularity)) {
    const next = nearest(GRANULARITY_VALUES, params.granularity);
    notices.push(t('lm.notice.granularity', { value: params.granularity, values: GRANULARITY_VALUES.join(', '), next }));
    params.granularity = next;
  }
  if (params.k > params.experts) {
    notices.push(t('lm.notice.k', { k: params.k, n: params.experts }));
    params.k = params.experts;
  }
  if (params.layer > params.layers) {
    notices.push(t('lm.notice.layer', { layer: params.layer, layers: params.layers }));
    params.layer = params.layers;
  }
  return { params, notices };
}

/** A URL's text → the text to route: clamped like the model's input; empty keeps the default sentences. */
export function parseLmText(raw: string | null, t: Translate = english): { text: string; notices: string[] } {
  if (raw === null) return { text: DEFAULT_LM_TEXT, notices: [] };
  if (raw.trim() === '') return { text: DEFAULT_LM_TEXT, notices: [t('lm.notice.emptyText')] };
  const { chars, notices } = clampText(raw, undefined, t);
  return { text: chars.join(''), notices };
}

/** URL search params → validated parameters, run options and notices. */
export function parseLmParams(search: URLSearchParams, t: Translate = english): { params: LmParams; run: RunOptions; notices: string[] } {
  const model = parseKnobs(LM_KNOBS, search, t);
  const text = parseLmText(search.get('text'), t);
  const { run, notices: runNotices } = parseRun(search, t);
  const { params, notices } = reconcileLm(model.values, t);
  return { params: { ...params, text: text.text }, run, notices: [...model.notices, ...text.notices, ...notices, ...runNotices] };
}

/** Parameters → the shortest URL query that reproduces them. */
export function serializeLmParams(params: LmParams): string {
  const query = serializeKnobs(LM_KNOBS, params);
  if (params.text !== DEFAULT_LM_TEXT) query.set('text', params.text);
  return query.toString();
}

export type LmPresetId = 'collapse' | 'switch' | 'tight-capacity' | 'deepseek-v3' | 'shared-expert';

/** Presets that each tell one story about routing a language model; numbers from FACTS.md; their labels and stories live in the catalog (lm.preset.<id> and .story). */
export const LM_PRESETS: ReadonlyArray<{ id: LmPresetId; values: Partial<LmKnobParams> }> = [
  {
    id: 'collapse',
    values: { checkpoint: 'collapse', experts: 8, k: 2, router: 'mixtral', lambda: 0, capacity: 0, shared: false, granularity: 1 },
  },
  {
    id: 'switch',
    values: { checkpoint: 'scratch', experts: 8, k: 1, router: 'switch', lambda: 0.01, capacity: 1.25, shared: false, granularity: 1 },
  },
  {
    id: 'tight-capacity',
    values: { checkpoint: 'balanced', experts: 8, k: 2, router: 'mixtral', lambda: 0.01, capacity: 1, shared: false, granularity: 1 },
  },
  {
    id: 'deepseek-v3',
    values: { checkpoint: 'aux-free', experts: 8, k: 2, router: 'aux-free', lambda: 0, gamma: 0.001, capacity: 0, shared: false, granularity: 1 },
  },
  {
    id: 'shared-expert',
    values: { checkpoint: 'scratch', experts: 8, k: 2, router: 'switch', lambda: 0.01, capacity: 0, shared: true, granularity: 1 },
  },
];
