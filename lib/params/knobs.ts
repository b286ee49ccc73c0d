import { z } from 'zod';
import { t as english, type MessageKey } from '@/lib/i18n';

/** The page's `t` (useT in a component): notices in the page's language; English by default. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * A knob a learner can turn, declared once as data: the declaration drives URL parsing,
 * validation (clamp + notice), serialisation, defaults and the control UI. `label` is the English
 * name (the notices use it); `labelKey`, where given, its catalog key: the control shows that, in
 * the page's language.
 */
export type Knob =
  | {
      kind: 'int';
      key: string;
      label: string;
      labelKey?: MessageKey;
      min: number;
      max: number;
      default: number;
      step?: number;
      /** seed: a number field with a "New seed" button (a 0–999,999 slider cannot be aimed). */
      input?: 'seed';
    }
  | {
      kind: 'number';
      key: string;
      label: string;
      labelKey?: MessageKey;
      min: number;
      max: number;
      default: number;
      /** log: a slider over log10(value); `zero` adds an "off" value below min. */
      scale: 'linear' | 'log';
      zero?: boolean;
      step?: number;
    }
  | { kind: 'enum'; key: string; label: string; labelKey?: MessageKey; options: readonly string[]; default: string }
  | { kind: 'bool'; key: string; label: string; labelKey?: MessageKey; default: boolean };

export type KnobValue = number | string | boolean;

/** Seeds a learner may type (the models' hashes need seed < 2^20). */
export const SEED_MAX = 999_999;

/** The seed knob every widget with randomness declares: the same range, default and control everywhere. */
export function seedKnob(label: string, labelKey: MessageKey = 'widget.knob.seed') {
  return { kind: 'int', key: 'seed', label, labelKey, min: 0, max: SEED_MAX, default: 1, input: 'seed' } as const;
}

/** A random seed in 0…SEED_MAX other than `current`, for the "New seed" button (`random` returns [0, 1)). */
export function randomSeed(current: number, random: () => number = Math.random): number {
  const next = Math.floor(random() * SEED_MAX);
  // SEED_MAX itself is never drawn above, so stepping past `current` stays in range and always changes the seed
  return next >= current ? next + 1 : next;
}
export type KnobValues = Record<string, KnobValue>;

/** The value a knob gives: a boolean, one of its options, or a number. */
export type KnobValueOf<K extends Knob> = K extends { kind: 'bool' } ? boolean : K extends { kind: 'enum'; options: readonly (infer O)[] } ? O : number;
/**
 * The parameters a knob table declares, key → value type: a widget's params type is derived from
 * its table (`KnobParams<typeof MOE_KNOBS>`), so the table is the only place a knob is declared.
 */
export type KnobParams<Ks extends readonly Knob[]> = { -readonly [K in Ks[number] as K['key']]: KnobValueOf<K> };

/**
 * A decimal number as a person writes it (`4`, `-0.5`, `.5`, `1e-3`, `1e+308`). Number() alone
 * also reads `0x10`, `0b101` and `0o17`, so experts=0x10 silently meant 16: those are refused.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** The number `raw` writes in decimal, or null. 1e999 reads as Infinity: out of range like 1e308, so it is clamped the same way. */
function decimal(raw: string): number | null {
  const s = raw.trim();
  return DECIMAL.test(s) ? Number(s) : null;
}
const OTHER_BASE = /^[+-]?0[xbo]/i;
const BOOL = z.enum(['1', '0', 'true', 'false', 'on', 'off']).transform((s) => s === '1' || s === 'true' || s === 'on');

/** Displays a raw URL value in a notice: short, and never markup (rendered as text anyway). */
export function quote(raw: string): string {
  const short = raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
  return JSON.stringify(short);
}

/** Validates one raw value for `knob`: returns the value to use and a notice when it changed. */
export function parseKnob(knob: Knob, raw: string, t: Translate = english): { value: KnobValue; notice?: string } {
  const label = knob.labelKey ? t(knob.labelKey) : knob.label;
  const shown = (value: KnobValue) => formatIn(knob, value, t);
  const say = (key: MessageKey, vars: Record<string, string | number>) => t(key, { label, raw: quote(raw), ...vars });
  const fallback = (key: MessageKey, vars: Record<string, string | number> = {}) => ({ value: knob.default, notice: say(key, { value: shown(knob.default), ...vars }) });
  switch (knob.kind) {
    case 'bool': {
      const r = BOOL.safeParse(raw.trim().toLowerCase());
      return r.success ? { value: r.data } : fallback('knob.notice.notBool');
    }
    case 'enum':
      return knob.options.includes(raw) ? { value: raw } : fallback('knob.notice.notOption', { options: knob.options.join(', ') });
    case 'int':
    case 'number': {
      const n = decimal(raw);
      if (n === null) return fallback(OTHER_BASE.test(raw.trim()) ? 'knob.notice.notDecimal' : 'knob.notice.notNumber');
      // + 0 turns -0 (from -0.4 or "-0") into 0, the value a URL writes back.
      let x = (knob.kind === 'int' ? Math.round(n) : n) + 0;
      if (knob.kind === 'number' && knob.zero && x === 0) return { value: 0 };
      const lowest = knob.kind === 'number' && knob.zero ? 0 : knob.min;
      if (x < lowest || x > knob.max) {
        x = x < lowest ? (knob.kind === 'number' && knob.zero ? 0 : knob.min) : knob.max;
        const key = knob.kind === 'number' && knob.zero ? 'knob.notice.outsideOrOff' : 'knob.notice.outside';
        return { value: x, notice: say(key, { min: knob.min, max: knob.max, value: shown(x) }) };
      }
      if (knob.kind === 'number' && knob.zero && x < knob.min) {
        return { value: knob.min, notice: say('knob.notice.below', { min: shown(knob.min), value: shown(knob.min) }) };
      }
      if (knob.kind === 'int' && x !== n) return { value: x, notice: say('knob.notice.notWhole', { value: x }) };
      return { value: x };
    }
  }
}

/** The value as the control and notices show it. */
export function format(knob: Knob, value: KnobValue): string {
  if (knob.kind === 'bool') return value ? 'on' : 'off';
  if (knob.kind === 'number' && knob.zero && value === 0) return 'off';
  return String(value);
}

/** `format` in the page's language (on/off through the catalog). */
function formatIn(knob: Knob, value: KnobValue, t: Translate): string {
  const shown = format(knob, value);
  return shown === 'on' || shown === 'off' ? t(shown === 'on' ? 'knob.on' : 'knob.off') : shown;
}

/** Parses URL search params for `knobs`: defaults for missing keys, notices for every change (`t`: the page's). */
export function parseKnobs<const Ks extends readonly Knob[]>(knobs: Ks, params: URLSearchParams, t: Translate = english): { values: KnobParams<Ks>; notices: string[] } {
  const values: KnobValues = {};
  const notices: string[] = [];
  for (const knob of knobs) {
    const all = params.getAll(knob.key);
    if (all.length === 0) {
      values[knob.key] = knob.default;
      continue;
    }
    if (all.length > 1) notices.push(t('knob.notice.repeated', { label: knob.labelKey ? t(knob.labelKey) : knob.label, count: all.length }));
    const { value, notice } = parseKnob(knob, all[0], t);
    values[knob.key] = value;
    if (notice) notices.push(notice);
  }
  // every key of the table was set above, with a value of its knob's kind
  return { values: values as KnobParams<Ks>, notices };
}

/** URL params for `values`, omitting defaults so links stay short. */
export function serializeKnobs<const Ks extends readonly Knob[]>(knobs: Ks, values: Partial<KnobParams<Ks>>): URLSearchParams {
  const params = new URLSearchParams();
  const byKey: Partial<KnobValues> = values;
  for (const knob of knobs) {
    const v = byKey[knob.key];
    if (v === undefined || v === knob.default) continue;
    params.set(knob.key, knob.kind === 'bool' ? (v ? '1' : '0') : String(v));
  }
  return params;
}
