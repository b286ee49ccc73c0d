import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramRecordSchema } from '@/lib/embed/protocol';
import { resolveSetState, resolveWidgetSearch } from '@/lib/embed/state';
import { createRandom } from '@/lib/math';
import { hostilePayload, hostileQuery, hostileSet, invalidNotice } from '@/lib/params/hostile-sets';
import type { Knob, KnobValue } from '@/lib/params/knobs';
import { RUN_KNOBS } from '@/lib/params/run-knobs';
import { WIDGETS, type WidgetEntry } from './registry';

/**
 * Hostile URLs and `set-state` payloads through the real parsing path of every widget (sanitiser,
 * preset expansion, lock, the widget's parser): nothing throws, the bad knob is named in a
 * notice, every value that comes out is one its knob allows, and the query the widget writes back
 * reads cleanly. The browser suite (e2e/robustness.spec.ts) keeps only what needs a browser.
 */
const RUN_KEYS = new Set<string>(RUN_KNOBS.map((k) => k.key));
const knobsOf = (w: WidgetEntry): readonly Knob[] => (w.trains ? [...w.knobs, ...RUN_KNOBS] : w.knobs);
const textOf = (w: WidgetEntry): string[] => [...w.extraKeys.filter((k) => !RUN_KEYS.has(k)), 'preset', 'lock'];

function allowed(knob: Knob, value: unknown): boolean {
  switch (knob.kind) {
    case 'bool':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && (knob.options as readonly string[]).includes(value);
    case 'int':
      return Number.isInteger(value) && (value as number) >= knob.min && (value as number) <= knob.max;
    case 'number':
      return typeof value === 'number' && ((knob.zero && value === 0) || (value >= knob.min && value <= knob.max));
  }
}

function expectAllowed(w: WidgetEntry, params: object, context: string) {
  const values = params as Record<string, KnobValue>;
  for (const knob of knobsOf(w)) expect(allowed(knob, values[knob.key]), `${context}: ${knob.key} = ${JSON.stringify(values[knob.key])}`).toBe(true);
}

function parsePage(w: WidgetEntry, query: string, embed: boolean) {
  const resolved = resolveWidgetSearch(w, new URLSearchParams(query), embed);
  const parsed = w.parse(resolved.search);
  return { params: parsed.params, notices: [...resolved.notices, ...parsed.notices] };
}

describe('hostilePayload', () => {
  const set = { pairs: [['__proto__', 'x'], ['k', '1'], ['k', '2'], ['text', 'y'.repeat(3000)]] as Array<[string, string]>, invalid: RUN_KNOBS[0] };

  it('takes the first value of each key, __proto__ included as a key', () => {
    const payload = hostilePayload(set);
    expect(Object.keys(payload)).toEqual(['__proto__', 'k', 'text']);
    expect(payload.k).toBe('1');
    expect(payload.text).toHaveLength(3000);
  });

  it('sendable: leaves out what a message cannot carry, so the protocol takes it', () => {
    const payload = hostilePayload(set, { sendable: true });
    expect(Object.keys(payload)).toEqual(['k', 'text']);
    expect(payload.text).toHaveLength(2000);
    expect(paramRecordSchema.safeParse(payload).success).toBe(true);
  });
});

describe.each(WIDGETS.map((w) => [w.id, w] as const))('%s under hostile parameters', (_id, w) => {
  const knobs = knobsOf(w);
  const text = textOf(w);

  it('a URL of 400 seeded hostile sets: page and embed name the bad knob and keep every value in range', () => {
    const rng = createRandom(20261203);
    for (let i = 0; i < 400; i++) {
      const set = hostileSet(rng, knobs, text);
      const query = hostileQuery(set);
      for (const embed of [false, true]) {
        const { params, notices } = parsePage(w, query, embed);
        expect(notices.join('\n'), query).toMatch(invalidNotice(set.invalid));
        expectAllowed(w, params, query);
      }
    }
  });

  it('any Unicode value for any knob parses without throwing, in range, and writes back a query that reads cleanly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...knobs.map((k) => k.key), ...text), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 6 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const { params } = parsePage(w, query, true);
        expectAllowed(w, params, query);
        const again = w.parse(new URLSearchParams(w.serialize(params)));
        expect(again.notices, query).toEqual([]);
        expect(again.params).toEqual(params);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it('set-state with hostile payloads names the bad knob and never takes an unknown key', () => {
    const rng = createRandom(20261204);
    for (let i = 0; i < 200; i++) {
      const set = hostileSet(rng, knobs, text);
      const { search, notices } = resolveSetState(w, new URLSearchParams('theme=dark&lock=nope'), hostilePayload(set));
      expect(notices.join('\n'), hostileQuery(set)).toMatch(invalidNotice(set.invalid));
      expect(search.get('theme')).toBe('dark');
      for (const key of search.keys()) expect(['theme', 'lock', ...knobs.map((k) => k.key), ...w.extraKeys], key).toContain(key);
      expectAllowed(w, w.parse(search).params, hostileQuery(set));
    }
  });
});
