import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '@/lib/i18n';
import '@/lib/i18n/catalogs';
import { BASE_CHARS, buildCharVocab, clampText, decode, encode, idCounts, prepareText, UNK, unigramBits, unknownNotice, vocabFromChars } from './char-vocab';

const BASE = 1 + BASE_CHARS.length; // <unk>, line break and the 95 printable ASCII characters

describe('buildCharVocab', () => {
  it('puts <unk> and ASCII first, then other characters by frequency, ties by code point', () => {
    const vocab = buildCharVocab(['水水水山山', '日月月'], BASE + 3);
    expect(vocab.chars.length).toBe(BASE + 3);
    expect(vocab.chars[0]).toBe(UNK);
    expect(vocab.chars[1]).toBe('\n');
    expect(vocab.chars[2]).toBe(' ');
    expect(vocab.chars[BASE - 1]).toBe('~');
    // 水 ×3, then 山 and 月 ×2 (U+5C71 < U+6708); 日 ×1 does not fit the cap
    expect(vocab.chars.slice(BASE)).toEqual(['水', '山', '月']);
  });

  it('counts code points, so an astral character is one token', () => {
    const vocab = buildCharVocab(['𝔸𝔸'], BASE + 1);
    expect(vocab.chars[BASE]).toBe('𝔸');
    expect(Array.from(encode(vocab, '𝔸a'))).toEqual([BASE, vocab.index.get('a')]);
  });

  it('refuses a cap smaller than the fixed tokens', () => {
    expect(() => buildCharVocab([], BASE - 1)).toThrow(RangeError);
  });
});

describe('vocabFromChars', () => {
  it('refuses a list without <unk> first, a duplicate or a multi-character token', () => {
    expect(() => vocabFromChars(['a', UNK])).toThrow(/must be <unk>/);
    expect(() => vocabFromChars([UNK, 'a', 'a'])).toThrow(/twice/);
    expect(() => vocabFromChars([UNK, 'ab'])).toThrow(/one code point/);
  });
});

describe('encode / decode', () => {
  const vocab = vocabFromChars([UNK, 'a', 'b', '水']);
  it('maps unseen characters to <unk>', () => {
    expect(Array.from(encode(vocab, 'ab水x😀'))).toEqual([1, 2, 3, 0, 0]);
    expect(decode(vocab, [1, 3, 0])).toBe(`a水${UNK}`);
  });

  it('encodes a long text (the table path) exactly as code point by code point: astral characters, lone surrogates, unknowns', () => {
    const withAstral = vocabFromChars([UNK, 'a', '水', '😀', '\ud800', '\n']);
    const pieces = ['a', '水', '😀', '𝔸', '\ud800', '\udc00', 'x', '\n', '\ud83d'];
    let text = '';
    for (let i = 0; text.length < 70_000; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
    text += '\ud800'; // a high surrogate at the very end
    const slow = Int32Array.from([...text].map((c) => withAstral.index.get(c) ?? 0));
    const fast = encode(withAstral, text);
    expect(fast.length).toBe(slow.length);
    expect(Array.from(fast)).toEqual(Array.from(slow));
    const short = text.slice(0, 1001);
    expect(Array.from(encode(withAstral, short))).toEqual([...short].map((c) => withAstral.index.get(c) ?? 0));
  });
});

describe('prepareText', () => {
  const vocab = buildCharVocab(['é水'], BASE + 2);

  it('normalises to NFC, so e + combining acute is the known é', () => {
    const t = prepareText(vocab, 'e\u0301');
    expect(t.chars).toEqual(['é']);
    expect(t.unknown).toBe(0);
    expect(t.notices).toEqual([]);
  });

  it('shows emoji, right-to-left letters and a lone combining mark as <unk>, with a notice', () => {
    const t = prepareText(vocab, 'a😀\u05d0q\u0308');
    // q + U+0308 has no precomposed form: two code points, the mark unknown
    expect(t.chars).toEqual(['a', '😀', '\u05d0', 'q', '\u0308']);
    expect(Array.from(t.ids).map((id) => vocab.chars[id])).toEqual(['a', UNK, UNK, 'q', UNK]);
    expect(t.unknown).toBe(3);
    expect(t.notices).toEqual([`3 characters are not in the model's vocabulary and show as ${UNK}.`]);
    expect(prepareText(vocab, '😀').notices).toEqual([`1 character is not in the model's vocabulary and shows as ${UNK}.`]);
  });

  it('cuts long text by code points, with a notice', () => {
    const t = prepareText(vocab, '水'.repeat(100_000), 2000);
    expect(t.chars.length).toBe(2000);
    expect(t.ids.length).toBe(2000);
    expect(t.notices).toEqual(['The text has 100,000 characters; using the first 2,000.']);
    // an astral character is never split in two
    expect(prepareText(vocab, '😀😀😀', 2).chars).toEqual(['😀', '😀']);
  });
});

describe('unigramBits', () => {
  it('is the entropy of the frequencies in bits', () => {
    expect(unigramBits([1, 1, 1, 1])).toBeCloseTo(2, 12);
    expect(unigramBits([0, 2, 2])).toBeCloseTo(1, 12);
    expect(unigramBits([3, 1])).toBeCloseTo(-(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25)), 12);
    expect(unigramBits(idCounts([2, 2, 1, 0], 3))).toBeCloseTo(1.5, 12);
    expect(() => unigramBits([0, 0])).toThrow(RangeError);
  });
});

describe('the text notices in the page language', () => {
  const zh = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars, 'zh');
  const vocab = buildCharVocab(['abc']);

  it('say in English, without a t, what the catalog says', () => {
    const english = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars);
    for (const raw of ['ab😀', 'a😀😀', 'x'.repeat(12)]) expect(prepareText(vocab, raw, 10).notices).toEqual(prepareText(vocab, raw, 10, english).notices);
    expect(clampText('x'.repeat(2500)).notices).toEqual(['The text has 2,500 characters; using the first 2,000.']);
    expect(unknownNotice(0)).toBeNull();
  });

  it('are Chinese with a zh t', () => {
    expect(clampText('x'.repeat(2500), undefined, zh).notices).toEqual(['文本有 2,500 个字符，只使用前 2,000 个。']);
    expect(prepareText(vocab, 'a😀', undefined, zh).notices).toEqual([`有 1 个字符不在模型的词表里，显示为 ${UNK}。`]);
    expect(unknownNotice(3, zh)).toBe(`有 3 个字符不在模型的词表里，显示为 ${UNK}。`);
  });
});
