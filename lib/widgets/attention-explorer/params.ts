import { DEFAULT_SENTENCE, MAX_TEXT_CHARS, MAX_TOKENS, MIN_TOKENS, tokenize } from '@/lib/widgets/attention-explorer/tokens';
import { t as english } from '@/lib/i18n';
import type { Translate } from '@/lib/widgets/entry';
import type { Knob, KnobParams } from '@/lib/params/knobs';
import { parseKnobs, quote, serializeKnobs, seedKnob } from '@/lib/params/knobs';

/** Every knob of the Attention Explorer: URL names are part of the embed contract. */
export const ATTENTION_KNOBS = [
  { kind: 'int', key: 'dk', label: english('attention.knob.dk'), labelKey: 'attention.knob.dk', min: 2, max: 512, default: 16 },
  { kind: 'bool', key: 'scale', label: english('attention.knob.scale'), labelKey: 'attention.knob.scale', default: true },
  { kind: 'number', key: 'temp', label: english('attention.knob.temp'), labelKey: 'attention.knob.temp', min: 0.1, max: 10, default: 1, scale: 'log' },
  { kind: 'int', key: 'heads', label: english('attention.knob.heads'), labelKey: 'attention.knob.heads', min: 1, max: 8, default: 1 },
  { kind: 'bool', key: 'causal', label: english('attention.knob.causal'), labelKey: 'attention.knob.causal', default: false },
  { kind: 'int', key: 'pad', label: english('attention.knob.pad'), labelKey: 'attention.knob.pad', min: 0, max: 4, default: 0 },
  { kind: 'bool', key: 'padmask', label: english('attention.knob.padmask'), labelKey: 'attention.knob.padmask', default: true },
  seedKnob(english('attention.knob.seed'), 'attention.knob.seed'),
] as const satisfies readonly Knob[];

/** The explorer's validated state: its knobs plus the sentence. */
export type AttentionParams = KnobParams<typeof ATTENTION_KNOBS> & { text: string };

/**
 * A sentence from the URL or the editor → the text to attend over, with a notice when it changed:
 * cut to MAX_TEXT_CHARS characters and MAX_TOKENS tokens; fewer than MIN_TOKENS tokens keeps `fallback`.
 */
export function parseAttentionText(raw: string, fallback = DEFAULT_SENTENCE, t: Translate = english): { text: string; notices: string[]; rejected?: boolean } {
  const notices: string[] = [];
  let text = raw.trim();
  if (text.length > MAX_TEXT_CHARS) {
    text = text.slice(0, MAX_TEXT_CHARS);
    notices.push(t('attention.notice.textLong', { max: MAX_TEXT_CHARS }));
  }
  const tokens = tokenize(text);
  if (tokens.length > MAX_TOKENS) {
    notices.push(t('attention.notice.tooMany', { count: tokens.length, max: MAX_TOKENS, kept: tokens.slice(0, MAX_TOKENS).join(' ') }));
    return { text: tokens.slice(0, MAX_TOKENS).join(' '), notices };
  }
  if (tokens.length < MIN_TOKENS) {
    notices.push(t('attention.notice.tooFew', { text: quote(raw), min: MIN_TOKENS, kept: quote(fallback) }));
    return { text: fallback, notices, rejected: true };
  }
  return { text: tokens.join(' '), notices };
}

/** URL search params → validated explorer parameters and the notices for every value that changed. */
export function parseAttentionParams(search: URLSearchParams, t: Translate = english): { params: AttentionParams; notices: string[] } {
  const knobs = parseKnobs(ATTENTION_KNOBS, search, t);
  const raw = search.get('text');
  const text = raw === null ? { text: DEFAULT_SENTENCE, notices: [] } : parseAttentionText(raw, DEFAULT_SENTENCE, t);
  const params: AttentionParams = { ...knobs.values, text: text.text };
  return { params, notices: [...knobs.notices, ...text.notices] };
}

/** Explorer parameters → the shortest URL query that reproduces them. */
export function serializeAttentionParams(params: AttentionParams): string {
  const query = serializeKnobs(ATTENTION_KNOBS, params);
  if (params.text !== DEFAULT_SENTENCE) query.set('text', params.text);
  return query.toString();
}

/** Presets that each tell one story; labels and stories live in the catalog. */
export const ATTENTION_PRESETS = [
  { id: 'saturate', values: { dk: 512, scale: false, temp: 1 } },
  { id: 'scaled', values: { dk: 512, scale: true, temp: 1 } },
  { id: 'decoder', values: { causal: true, pad: 0 } },
  { id: 'padded', values: { pad: 3, padmask: true, causal: false } },
  { id: 'heads', values: { heads: 4, dk: 4, scale: true } },
  { id: 'sharp', values: { temp: 0.25 } },
] as const satisfies ReadonlyArray<{ id: string; values: Partial<AttentionParams> }>;

/**
 * The state a preset leads to: the preset's values over the defaults, so each preset tells its own
 * story instead of piling onto the previous one's. The sentence stays (it is the learner's), and so
 * do the `kept` knobs (those an embed locked).
 */
export function applyAttentionPreset(current: AttentionParams, values: Partial<AttentionParams>, kept: ReadonlySet<string> = new Set()): AttentionParams {
  const next = { ...current, ...Object.fromEntries(ATTENTION_KNOBS.map((k) => [k.key, kept.has(k.key) ? current[k.key] : k.default])) } as AttentionParams;
  return { ...next, ...Object.fromEntries(Object.entries(values).filter(([key]) => !kept.has(key))) };
}
