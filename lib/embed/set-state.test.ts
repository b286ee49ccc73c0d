import { describe, expect, it } from 'vitest';
import { WIDGETS, widgetById } from '@/lib/widgets/registry';
import { resolveSetState } from './state';

const moe = widgetById('moe-playground')!;
const routing = widgetById('routing-lab')!;

describe('set-state', () => {
  // Issue 20 item 12: the reply echoed "experts=1e%2B308&k=-5" while 16 experts and K = 1 were applied.
  it('answers with the shortest query of the applied (clamped) state, not the raw one', () => {
    const r = resolveSetState(moe, new URLSearchParams(), { experts: '1e+308', k: -5 });
    expect(r.query).toBe('experts=16&k=1');
    expect(r.notices).toEqual(['Experts N: "1e+308" is outside 1–16; using 16.', 'Top-K: "-5" is outside 1–16; using 1.']);
  });

  // Issue 21 item 9: state.query said experts=99 where 16 was applied, and the clamp notice showed twice.
  it('reports experts=16 for 99, and leaves the clamp notice to the widget (shown once)', () => {
    const r = resolveSetState(routing, new URLSearchParams('experts=6'), { experts: 99, k: 3, mode: 'expert-choice' });
    expect(r.query).toBe('experts=16&k=3&mode=expert-choice');
    expect(r.notices).toEqual(['Experts N: "99" is outside 2–16; using 16.']);
    // The widget remounts on `search` and shows its own parse notices: the frame adds only what the widget cannot know.
    expect(routing.parse(r.search).notices).toEqual(['Experts N: "99" is outside 2–16; using 16.']);
    expect(r.shown).toEqual([]);
  });

  it('shows and reports refusals, which the widget never sees', () => {
    const r = resolveSetState(moe, new URLSearchParams('lock=k&theme=dark'), { lock: '', nope: 1, dataset: '<img src=x onerror=alert(1)>', k: 1 });
    expect(r.shown).toEqual([
      'set-state: "lock" is not a parameter of this widget; ignored.',
      'set-state: "nope" is not a parameter of this widget; ignored.',
      'set-state: dataset: "<img src=x onerror=alert…" looks like markup or a script; ignored.',
    ]);
    expect(r.notices).toEqual(r.shown);
    expect(r.query).toBe('k=1');
    expect(r.search.get('lock')).toBe('k');
  });

  it('refuses hex numbers with a notice and reports the default it used', () => {
    const r = resolveSetState(moe, new URLSearchParams('experts=4'), { experts: '0x10' });
    expect(r.query).toBe('');
    expect(r.notices).toEqual(['Experts N: "0x10" is not a decimal number; using 8.']);
  });

  // Hostile payloads a host page may send: whatever comes in, the reply reproduces the applied state exactly.
  const hostile: Record<string, string | number | boolean>[] = [
    { experts: 1e308, k: -5, lambda: -1, lr: 1e-300, batch: 1.5, seed: -0.4 },
    { experts: '0x10', k: '0b11', lambda: '0o1', capacity: 'Infinity', tokens: 'NaN', dModel: '1e999' },
    { text: 'a '.repeat(400), dataset: 'SPIRAL', mode: 'top-k ', noise: 'yes', renorm: 2, until: -1 },
    { experts: '', k: ' ', seed: '1e6', members: 99, depth: '3.5', heads: 3, dk: '007' },
  ];
  const cases = WIDGETS.flatMap((w) => hostile.map((payload, i) => [w.id, i, w, payload] as const));
  it.each(cases)('%s, hostile payload %i: the reply query parses, without notices, to the applied params', (_, __, widget, payload) => {
    const r = resolveSetState(widget, new URLSearchParams(), payload);
    const applied = widget.parse(r.search).params;
    const again = widget.parse(new URLSearchParams(r.query));
    expect(again.params).toEqual(applied);
    expect(again.notices).toEqual([]);
    expect(widget.serialize(again.params)).toBe(r.query);
  });
});
