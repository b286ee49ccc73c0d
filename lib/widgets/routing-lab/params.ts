import { t as english } from '@/lib/i18n';
import type { Translate } from '@/lib/widgets/entry';
import type { LabInput } from '@/lib/widgets/routing-lab/lab';
import { MODEL_PRESET_IDS } from '@/lib/widgets/routing-lab/model-presets';
import { ROUTING_MODES } from '@/lib/widgets/routing-lab/route';
import { DEFAULT_SENTENCE, MAX_TEXT_CHARS, MAX_TOKENS, MIN_TOKENS, tokenize } from '@/lib/widgets/routing-lab/tokens';
import type { Knob } from '@/lib/params/knobs';
import { parseKnobs, quote, serializeKnobs, seedKnob } from '@/lib/params/knobs';

/** Every knob of the Routing Lab: URL names are part of the embed contract. */
export const ROUTING_KNOBS = [
  { kind: 'enum', key: 'source', label: english('routing.knob.source'), labelKey: 'routing.knob.source', options: ['sentence', 'random'], default: 'sentence' },
  { kind: 'int', key: 'tokens', label: english('routing.knob.tokens'), labelKey: 'routing.knob.tokens', min: MIN_TOKENS, max: MAX_TOKENS, default: 16 },
  { kind: 'int', key: 'experts', label: english('routing.knob.experts'), labelKey: 'routing.knob.experts', min: 2, max: 16, default: 8 },
  { kind: 'int', key: 'k', label: english('routing.knob.k'), labelKey: 'routing.knob.k', min: 1, max: 16, default: 2 },
  { kind: 'enum', key: 'mode', label: english('routing.knob.mode'), labelKey: 'routing.knob.mode', options: ROUTING_MODES, default: 'top-k' },
  { kind: 'bool', key: 'renorm', label: english('routing.knob.renorm'), labelKey: 'routing.knob.renorm', default: true },
  { kind: 'number', key: 'capacity', label: english('routing.knob.capacity'), labelKey: 'routing.knob.capacity', min: 0.25, max: 4, default: 1, scale: 'linear', zero: true, step: 0.25 },
  { kind: 'number', key: 'p', label: english('routing.knob.p'), labelKey: 'routing.knob.p', min: 0.1, max: 1, default: 0.6, scale: 'linear', step: 0.05 },
  { kind: 'int', key: 'shared', label: english('routing.knob.shared'), labelKey: 'routing.knob.shared', min: 0, max: 2, default: 0 },
  { kind: 'bool', key: 'noise', label: english('routing.knob.noise'), labelKey: 'routing.knob.noise', default: false },
  { kind: 'number', key: 'skew', label: english('routing.knob.skew'), labelKey: 'routing.knob.skew', min: 0, max: 4, default: 1, scale: 'linear', step: 0.25 },
  { kind: 'number', key: 'gamma', label: english('routing.knob.gamma'), labelKey: 'routing.knob.gamma', min: 0.001, max: 0.1, default: 0.01, scale: 'log' },
  { kind: 'int', key: 'steps', label: english('routing.knob.steps'), labelKey: 'routing.knob.steps', min: 0, max: 500, default: 0 },
  seedKnob(english('routing.knob.seed'), 'routing.knob.seed'),
  { kind: 'enum', key: 'model', label: english('routing.knob.model'), labelKey: 'routing.knob.model', options: MODEL_PRESET_IDS, default: 'mixtral-8x7b' },
] as const satisfies readonly Knob[];

/** The lab's validated state: the routing settings plus the calculator's model preset. */
export interface RoutingParams extends LabInput {
  model: (typeof MODEL_PRESET_IDS)[number];
}

/**
 * A sentence from the URL or the editor → the text to route, with a notice when it changed:
 * cut to MAX_TEXT_CHARS and MAX_TOKENS tokens; fewer than MIN_TOKENS tokens keeps `fallback`.
 */
export function parseText(raw: string, fallback = DEFAULT_SENTENCE, t: Translate = english): { text: string; notices: string[]; rejected?: boolean } {
  const notices: string[] = [];
  let text = raw.trim();
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    notices.push(t('routing.notice.textLong', { max: MAX_TEXT_CHARS }));
  }
  const tokens = tokenize(text);
  if (tokens.length > MAX_TOKENS) {
    notices.push(t('routing.notice.tooMany', { count: tokens.length, max: MAX_TOKENS }));
    return { text: tokens.slice(0, MAX_TOKENS).join(' '), notices };
  }
  if (tokens.length < MIN_TOKENS) {
    notices.push(t('routing.notice.tooFew', { text: quote(raw), count: tokens.length, min: MIN_TOKENS, kept: quote(fallback) }));
    return { text: fallback, notices, rejected: true };
  }
  return { text: tokens.join(' '), notices };
}

/** Enforces rules between knobs (K ≤ N; expert choice needs a capacity), with a notice when a value changes. */
export function reconcileRouting(values: RoutingParams, t: Translate = english): { params: RoutingParams; notices: string[] } {
  const params = { ...values };
  const notices: string[] = [];
  if (params.k > params.experts) {
    notices.push(t('routing.notice.k', { k: params.k, n: params.experts }));
    params.k = params.experts;
  }
  if (params.mode === 'expert-choice' && params.capacity === 0) {
    notices.push(t('routing.notice.ecCapacity'));
    params.capacity = 1;
  }
  return { params, notices };
}

/** URL search params → validated Routing Lab parameters and notices. */
export function parseRoutingParams(search: URLSearchParams, t: Translate = english): { params: RoutingParams; notices: string[] } {
  const knobs = parseKnobs(ROUTING_KNOBS, search, t);
  const raw = search.get('text');
  const text = raw === null ? { text: DEFAULT_SENTENCE, notices: [] } : parseText(raw, DEFAULT_SENTENCE, t);
  const { params, notices } = reconcileRouting({ ...knobs.values, text: text.text }, t);
  return { params, notices: [...knobs.notices, ...text.notices, ...notices] };
}

/** Routing Lab parameters → the shortest URL query that reproduces them. */
export function serializeRoutingParams(params: RoutingParams): string {
  const query = serializeKnobs(ROUTING_KNOBS, params);
  if (params.text !== DEFAULT_SENTENCE) query.set('text', params.text);
  return query.toString();
}

/** Presets that each tell one story about routing mechanics; labels and stories live in the catalog. */
export const ROUTING_PRESETS = [
  { id: 'switch', values: { mode: 'top-k', k: 1, renorm: false, capacity: 1.25, shared: 0, noise: false, steps: 0 } },
  { id: 'mixtral', values: { mode: 'top-k', k: 2, renorm: true, capacity: 0, shared: 0, noise: false, steps: 0 } },
  { id: 'tight', values: { mode: 'top-k', k: 2, renorm: true, capacity: 0.5, shared: 0, steps: 0 } },
  { id: 'expertChoice', values: { mode: 'expert-choice', k: 2, capacity: 1, shared: 0 } },
  { id: 'deepseek', values: { mode: 'top-k', experts: 16, k: 4, renorm: false, capacity: 0, shared: 2, steps: 0 } },
  // raw gates, as in Huang et al. 2024's released code (renormalising is a variant the knob still offers)
  { id: 'topP', values: { mode: 'top-p', p: 0.6, renorm: false, shared: 0 } },
  { id: 'skewed', values: { mode: 'top-k', source: 'random', tokens: 32, experts: 8, k: 2, skew: 3, capacity: 0, gamma: 0.01, steps: 0 } },
] as const satisfies ReadonlyArray<{ id: string; values: Partial<RoutingParams> }>;
