import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, messagesFor, type MessageKey } from '@/lib/i18n';
import { returningMissesText } from '@/lib/quiz/returning';
import { knobUse } from '@/lib/widgets/ensemble-lab/params';
import { readRouting } from '@/lib/widgets/moe-lm/routing-reading';
import { CHAR_CLASSES } from '@/lib/widgets/moe-lm/char-classes';
import { parseAttentionParams } from '@/lib/widgets/attention-explorer/params';
import { parseRoutingParams } from '@/lib/widgets/routing-lab/params';
import { LM_KNOBS, parseLmParams } from '@/lib/widgets/moe-lm/params';

// The texts lib/ builds for a component go through the page's t (useT), never a locale: on the
// client the Chinese catalog exists only in the page's provider. A t that marks its keys shows it.
const marked = (key: MessageKey, vars?: Record<string, string | number>) => `⟨${key}⟩${vars ? JSON.stringify(vars) : ''}`;

describe("lib texts in the page's language", () => {
  it('the Routing Lab and Attention Explorer notices', () => {
    const routing = parseRoutingParams(new URLSearchParams('text=one%20two&k=9&experts=4'), marked);
    expect(routing.notices.some((n) => n.startsWith('⟨routing.notice.tooFew⟩'))).toBe(true);
    expect(routing.notices.some((n) => n.startsWith('⟨routing.notice.k⟩'))).toBe(true);
    expect(parseAttentionParams(new URLSearchParams('text=one'), marked).notices.some((n) => n.startsWith('⟨attention.notice.tooFew⟩'))).toBe(true);
    // and English without one, as before
    expect(parseRoutingParams(new URLSearchParams('k=9&experts=4')).notices.join(' ')).not.toMatch(/⟨/);
  });

  it('the knob notices of every widget, the knob named by its catalog label', () => {
    const { notices } = parseLmParams(new URLSearchParams('experts=99&k=x&experts=2&autoplay=maybe'), marked);
    expect(notices).toEqual([
      expect.stringMatching(/^⟨knob\.notice\.repeated⟩.*"label":"⟨knob\.experts⟩"/),
      expect.stringMatching(/^⟨knob\.notice\.outside⟩.*"label":"⟨knob\.experts⟩"/),
      expect.stringMatching(/^⟨knob\.notice\.notNumber⟩.*"label":"⟨knob\.topK⟩"/),
      expect.stringMatching(/^⟨knob\.notice\.notBool⟩.*"label":"⟨knob\.autoplay⟩"/),
    ]);
  });

  it('the routing reading names the source through the catalog', () => {
    const rows = (shares: number[][]) => ({
      numExperts: 4,
      sources: (['en', 'zh', 'code'] as const).map((id, i) => ({ id, tokens: 100, shares: shares[i], pairs: 99, samePrevious: 0, sameChance: 0 })),
      classes: CHAR_CLASSES.map((id) => ({ id, tokens: 0, shares: [0, 0, 0, 0] })),
    });
    const reading = readRouting(rows([[0.1, 0.1, 0.1, 0.7], [0.4, 0.3, 0.25, 0.05], [0.3, 0.3, 0.3, 0.1]]), marked);
    expect(reading.sentence).toContain('⟨lmStats.sourceName.en⟩');
  });

  it('the returning misses and the ensemble reasons', () => {
    expect(returningMissesText({ count: 2, firstMinutes: 5, lastMinutes: 9 }, marked)).toMatch(/^⟨quiz\.returning\.spread⟩/);
    expect(knobUse('depth', 'bagging', marked)).toEqual({ used: false, reason: '⟨ens.reason.depth⟩' });
  });

  it('every knob of the MoE LM has a catalog label whose English is its label, and a Chinese one', () => {
    const en = messagesFor('en');
    const zh = JSON.parse(fs.readFileSync('content/messages/zh.json', 'utf8')) as Record<string, string>;
    for (const knob of LM_KNOBS) {
      expect(knob.labelKey, knob.key).toBeDefined();
      expect(format(en[knob.labelKey!]), knob.key).toBe(knob.label);
      expect(zh[knob.labelKey!], knob.key).toMatch(/\S/);
    }
  });

  it('enum options named in words keep their value as the English name (English pages show what they showed)', () => {
    const en = messagesFor('en') as Record<string, string>;
    const options = Object.keys(en).filter((k) => k.startsWith('knob.option.'));
    expect(options.length).toBeGreaterThan(10);
    for (const k of options) expect(en[k]).toBe(k.slice('knob.option.'.length));
  });
});
