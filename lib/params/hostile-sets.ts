import { MAX_PARAM_LENGTH, PARAM_NAME } from '@/lib/embed/protocol';
import type { Random } from '@/lib/math';
import type { Knob } from './knobs';

/**
 * Hostile URL parameter sets for the robustness checks (a unit test runs hundreds per widget
 * through the real parsers; the browser suite sends a sample through a page load and `set-state`).
 * Every set carries at least one value that no knob accepts, so a notice naming that knob must
 * appear. Test support only: no page imports it.
 */

/** Values that no int, number, enum or bool knob accepts. */
export const INVALID = [
  'abc', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e308', '', '   ', '0x1G', '1,5', '[1]', '{"a":1}', '💥', 'true false',
  '<script>window.__pwned=1</script>', 'javascript:window.__pwned=1', '"><img src=x onerror="window.__pwned=1">', 'a'.repeat(3000),
];
/** Plausible or borderline values: some valid, some out of range. */
export const BORDERLINE = ['0', '-1', '1', '2', '0.5', '3.7', '16', '17', '999999999', '1e-9', '0.0001', '10', 'on', 'off', 'spiral', 'top-k'];
/** Payloads for free-text parameters: they may be accepted as text, never run. */
export const TEXT = ['<script>window.__pwned=1</script>', 'javascript:window.__pwned=1', '<img src=x onerror="window.__pwned=1">', '"; window.__pwned=1; "', '%E0%A4%A', 'x'.repeat(5000), ''];
/** Names no widget reads. */
export const UNKNOWN = ['__proto__', 'constructor', 'toString', 'zzz', ''];

export interface HostileSet {
  /** the pairs in URL order; a key may repeat (the first value is the one read) */
  pairs: Array<[string, string]>;
  /** the knob whose value no knob accepts: its notice must show */
  invalid: Knob;
}

/** One hostile set for a widget with these knobs and free-text names, drawn from `rng`. */
export function hostileSet(rng: Random, knobs: readonly Knob[], text: readonly string[]): HostileSet {
  const pick = <T,>(xs: readonly T[]): T => rng.choice(xs);
  const pairs: Array<[string, string]> = [];
  const invalid = pick(knobs);
  pairs.push([invalid.key, pick(INVALID)]);
  const extra = rng.int(5);
  for (let i = 0; i < extra; i++) {
    const roll = rng.next();
    if (roll < 0.5) pairs.push([pick(knobs).key, pick(rng.next() < 0.5 ? INVALID : BORDERLINE)]);
    else if (roll < 0.7 && text.length > 0) pairs.push([pick(text), pick(TEXT)]);
    else if (roll < 0.85) pairs.push([pick(UNKNOWN), pick(TEXT)]);
    else pairs.push([invalid.key, pick(BORDERLINE)]); // a repeated key
  }
  // Shuffle so the invalid value is not always first (a repeated key keeps the first value).
  const first = pairs.shift()!;
  pairs.splice(rng.int(pairs.length + 1), 0, first);
  const firstOfKey = pairs.find(([k]) => k === invalid.key)!;
  firstOfKey[1] = first[1];
  return { pairs, invalid };
}

/** The set as a query string. */
export const hostileQuery = (set: HostileSet): string => set.pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a notice about the invalid knob looks like: the knob's own notice names its label; a value
 * that looks like markup is dropped earlier by the embed sanitiser, whose notice names the URL key
 * (`set-state: key: …` for a host's message).
 */
export const invalidNotice = (knob: Knob): RegExp => new RegExp(`${escapeRegExp(knob.label)}|^(set-state: )?${escapeRegExp(knob.key)}:`, 'm');

/**
 * A host's `set-state` payload for the set: the first value of each key, as a URL reads it, in an
 * object without a prototype (so `__proto__` is a key like any other). `sendable`: only what a
 * message may carry, since the protocol refuses a message whole for a key it cannot name or a
 * value over its length limit (lib/embed tests that): such keys are left out and long values cut,
 * so that the message reaches the widget's parser (the browser suite posts it to a frame).
 */
export function hostilePayload(set: HostileSet, { sendable = false }: { sendable?: boolean } = {}): Record<string, string> {
  const payload: Record<string, string> = Object.create(null);
  for (const [k, v] of set.pairs) {
    if (Object.hasOwn(payload, k) || (sendable && !PARAM_NAME.test(k))) continue;
    Object.defineProperty(payload, k, { value: sendable ? v.slice(0, MAX_PARAM_LENGTH) : v, enumerable: true });
  }
  return sendable ? { ...payload } : payload;
}
