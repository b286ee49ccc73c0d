import { describe, expect, it } from 'vitest';
import { summarizeRouting } from './routing-summary';

describe('summarizeRouting', () => {
  it('one row per source in corpus order and one per character class, with same-as-previous inside each sample', () => {
    const s = summarizeRouting(
      [
        { source: 'code', chars: [...'a+1'], experts: [0, 1, 1] },
        { source: 'en', chars: [...'Hi there'], experts: [0, 0, 1, 0, 0, 0, 0, 0] },
        { source: 'en', chars: [...'。'], experts: [1] },
      ],
      2,
    );
    expect(s.numExperts).toBe(2);
    expect(s.sources.map((r) => r.id)).toEqual(['en', 'zh', 'code']);
    expect(s.sources[0]).toMatchObject({ tokens: 9, shares: [7 / 9, 2 / 9], pairs: 7, samePrevious: 5 / 7 });
    expect(s.sources[1]).toMatchObject({ tokens: 0, shares: [0, 0], pairs: 0 });
    expect(s.sources[2]).toMatchObject({ tokens: 3, pairs: 2, samePrevious: 0.5 });
    const byClass = Object.fromEntries(s.classes.map((c) => [c.id, c]));
    expect(s.classes.map((c) => c.id)).toEqual(['space', 'newline', 'punctuation', 'digit', 'latin', 'cjk', 'other']);
    expect(byClass.space).toEqual({ id: 'space', tokens: 1, shares: [0, 1] });
    expect(byClass.punctuation).toEqual({ id: 'punctuation', tokens: 2, shares: [0, 1] }); // + and 。
    expect(byClass.digit).toEqual({ id: 'digit', tokens: 1, shares: [0, 1] });
    expect(byClass.latin).toEqual({ id: 'latin', tokens: 8, shares: [1, 0] });
  });

  it('refuses a sample whose characters and experts disagree in length', () => {
    expect(() => summarizeRouting([{ source: 'zh', chars: ['明'], experts: [] }], 2)).toThrow(/1 characters but 0 experts/);
  });
});
