import { describe, expect, it } from 'vitest';
import { CHAR_CLASSES, type CharClass } from './char-classes';
import { readRouting } from './routing-reading';
import { summarizeRouting, type RoutingSummary } from './routing-summary';

/** A summary from rows given directly: sources en, zh, code as [tokens, shares]; classes by id. */
function summary(numExperts: number, sources: Array<[number, number[]]>, classes: Partial<Record<CharClass, [number, number[]]>> = {}): RoutingSummary {
  const ids = ['en', 'zh', 'code'] as const;
  return {
    numExperts,
    sources: sources.map(([tokens, shares], i) => ({ id: ids[i], tokens, shares, pairs: tokens - 1, samePrevious: 0, sameChance: 0 })),
    classes: CHAR_CLASSES.map((id) => ({ id, tokens: classes[id]?.[0] ?? 0, shares: classes[id]?.[1] ?? new Array<number>(numExperts).fill(0) })),
  };
}
const even4 = [0.25, 0.25, 0.25, 0.25];

describe('readRouting', () => {
  it('with one expert there is nothing to read', () => {
    expect(readRouting(summary(1, [[100, [1]], [100, [1]], [100, [1]]])).sentence).toBe(
      'With one expert (the dense baseline) every character goes to the same FFN, so there is no routing to read.',
    );
  });

  it('needs two sources with at least 20 characters', () => {
    const r = readRouting(summary(4, [[100, even4], [19, even4], [0, [0, 0, 0, 0]]]));
    expect(r.source?.kind).toBe('tooFew');
    expect(r.sentence).toBe('Too few characters are routed to read the table yet (at least 20 per source, in two sources).');
  });

  it('an expert that owns the Chinese text: says so, warns that it is also a script, and does not repeat it as a class', () => {
    const s = summary(
      4,
      [
        [100, [0.4, 0.3, 0.25, 0.05]],
        [100, [0.1, 0.1, 0.1, 0.7]],
        [100, [0.3, 0.3, 0.3, 0.1]],
      ],
      // the Han characters go to expert 4 — the same finding — and nothing else is owned
      { cjk: [90, [0, 0, 0.2, 0.8]], latin: [150, [0.4, 0.3, 0.2, 0.1]], space: [60, [0.3, 0.3, 0.3, 0.1]] },
    );
    const r = readRouting(s);
    expect(r.source).toMatchObject({ kind: 'owns', expert: 3, source: 'zh', share: 0.7 });
    expect(r.source?.otherMax).toBeCloseTo(0.1, 12);
    expect(r.charClass).toEqual({ kind: 'none' });
    expect(r.sentence).toBe(
      "Expert 4 takes 70% of the Chinese text's characters but at most 10% of any other source's (Chinese is also its own script, so that is a split by kind of character as much as by language); no kind of character (spaces, line breaks, punctuation, digits, letters) goes mostly to one expert.",
    );
  });

  it('owning code, and a space expert: both clauses, with the class measured against all other characters', () => {
    const s = summary(
      4,
      [
        [100, [0.3, 0.3, 0.3, 0.1]],
        [100, [0.3, 0.4, 0.2, 0.1]],
        [100, [0.1, 0.1, 0.2, 0.6]],
      ],
      // spaces: 75 % to expert 1; the other 240 characters give expert 1 (0.1·200 + 0.2·40)/240 = 28/240
      { space: [60, [0.75, 0.25, 0, 0]], latin: [200, [0.1, 0.3, 0.3, 0.3]], punctuation: [40, [0.2, 0.2, 0.3, 0.3]] },
    );
    const r = readRouting(s);
    expect(r.source).toMatchObject({ kind: 'owns', expert: 3, source: 'code', share: 0.6, otherMax: 0.1 });
    expect(r.charClass).toMatchObject({ kind: 'owns', expert: 0, charClass: 'space', share: 0.75 });
    expect(r.charClass?.rest).toBeCloseTo(28 / 240, 12);
    expect(r.sentence).toBe(
      "Expert 4 takes 60% of the Code text's characters but at most 10% of any other source's; expert 1 takes 75% of the spaces against 12% of all other characters.",
    );
  });

  it('a lead of 15 points or more without owning is a lean', () => {
    const r = readRouting(summary(4, [[50, [0.2, 0.3, 0.3, 0.2]], [50, [0.25, 0.25, 0.25, 0.25]], [50, [0.45, 0.2, 0.2, 0.15]]]));
    expect(r.source).toMatchObject({ kind: 'leans', expert: 0, source: 'code', share: 0.45, otherMax: 0.25 });
    expect(r.sentence).toBe(
      "No expert owns a source, though some lean: expert 1 takes 45% of the Code text's characters against at most 25% of any other source's; no kind of character (spaces, line breaks, punctuation, digits, letters) goes mostly to one expert.",
    );
  });

  it('even sources: none, with the largest gap in points, and a punctuation expert', () => {
    const s = summary(
      4,
      [
        [80, [0.3, 0.2, 0.25, 0.25]],
        [80, [0.25, 0.25, 0.25, 0.25]],
        [80, [0.2, 0.3, 0.25, 0.25]],
      ],
      { punctuation: [30, [0, 0, 0.9, 0.1]], latin: [210, [0.3, 0.3, 0.1, 0.3]] },
    );
    const r = readRouting(s);
    expect(r.source?.kind).toBe('none');
    expect(r.source?.lead).toBeCloseTo(0.05, 12);
    expect(r.charClass).toMatchObject({ kind: 'owns', expert: 2, charClass: 'punctuation', share: 0.9 });
    expect(r.sentence).toBe(
      "No expert owns a source: no expert's share of one source's characters is more than 5 points above its share of another's; expert 3 takes 90% of the punctuation and symbols against 10% of all other characters.",
    );
  });

  it('thresholds: exactly half with others at exactly a third of it owns; just under half only leans', () => {
    const owns = readRouting(summary(3, [[60, [0.5, 0.25, 0.25]], [60, [0.5 / 3, 0.5, 1 / 3]], [60, [0.5 / 3, 1 / 3, 0.5]]]));
    expect(owns.source).toMatchObject({ kind: 'owns', expert: 0, source: 'en' });
    const leans = readRouting(summary(3, [[60, [0.49, 0.26, 0.25]], [60, [0.15, 0.5, 0.35]], [60, [0.15, 0.35, 0.5]]]));
    expect(leans.source).toMatchObject({ kind: 'leans', expert: 0, source: 'en' });
  });

  it('ignores classes with fewer than 10 characters and the grab-bag "other" class', () => {
    const sources: Array<[number, number[]]> = [[50, [0.5, 0.5]], [50, [0.5, 0.5]], [50, [0.5, 0.5]]];
    // 9 digits all on expert 2 (nothing else there) would own the digits with one more
    const fewDigits = readRouting(summary(2, sources, { digit: [9, [0, 1]], latin: [101, [1, 0]], space: [50, [0.6, 0.4]] }));
    expect(fewDigits.charClass).toEqual({ kind: 'none' });
    const tenDigits = readRouting(summary(2, sources, { digit: [10, [0, 1]], latin: [101, [1, 0]], space: [50, [0.6, 0.4]] }));
    expect(tenDigits.charClass).toMatchObject({ kind: 'owns', expert: 1, charClass: 'digit' });
    // 'other' on expert 2, which gets 10 % of everything else: not read as a finding
    const other = readRouting(summary(2, sources, { other: [40, [0, 1]], latin: [100, [0.9, 0.1]], space: [50, [0.9, 0.1]] }));
    expect(other.charClass).toEqual({ kind: 'none' });
  });

  it('reads a summary built from routed samples: a digit expert in code', () => {
    const en = { source: 'en' as const, chars: [...'the cat sat on the mat and the dog ran off'], experts: [] as number[] };
    en.experts = en.chars.map((c, i) => (c === ' ' ? 1 : i % 2 === 0 ? 0 : 2));
    const zh = { source: 'zh' as const, chars: [...'明月几时有把酒问青天不知天上宫阙今夕是何年我欲乘风归去'], experts: [] as number[] };
    zh.experts = zh.chars.map((_, i) => [0, 1, 2][i % 3]);
    const code = { source: 'code' as const, chars: [...'x = 1234567890 + 9876543210 - 42;'], experts: [] as number[] };
    code.experts = code.chars.map((c) => (/\d/.test(c) ? 3 : c === ' ' ? 1 : 0));
    const r = readRouting(summarizeRouting([en, zh, code], 4));
    // code's 22 digits all go to expert 4, which no other character uses
    expect(r.charClass).toMatchObject({ kind: 'owns', expert: 3, charClass: 'digit', share: 1, rest: 0 });
    expect(r.sentence.endsWith('; expert 4 takes 100% of the digits against 0% of all other characters.')).toBe(true);
  });
});
