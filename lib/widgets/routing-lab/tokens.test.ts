import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCE, hashText, positionTokens, tokenize, toyLogits } from './tokens';

describe('tokenize', () => {
  it('splits on runs of whitespace and drops empty pieces', () => {
    expect(tokenize('  The cat\tsat\n\non  ')).toEqual(['The', 'cat', 'sat', 'on']);
    expect(tokenize(DEFAULT_SENTENCE)).toHaveLength(10);
    expect(tokenize('   ')).toEqual([]);
  });

  it('labels random sequences by position', () => {
    expect(positionTokens(3)).toEqual(['t1', 't2', 't3']);
  });
});

describe('hashText', () => {
  it('is FNV-1a (32-bit)', () => {
    // reference values of FNV-1a 32: "" → 0x811c9dc5, "a" → 0xe40c292c
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
  });
});

describe('toyLogits', () => {
  const tokens = tokenize(DEFAULT_SENTENCE);

  it('is deterministic and gives the same row to the same token text', () => {
    const a = toyLogits(tokens, 8, 1);
    expect(toyLogits(tokens, 8, 1)).toEqual(a);
    expect(toyLogits(['the'], 8, 1)[0]).toEqual(a[4]);
    expect(a[0]).not.toEqual(a[4]); // "The" ≠ "the": different tokens
  });

  it('changes with the seed', () => {
    expect(toyLogits(tokens, 8, 2)).not.toEqual(toyLogits(tokens, 8, 1));
  });

  it('keeps expert e’s logit when experts are added', () => {
    const four = toyLogits(tokens, 4, 7);
    const eight = toyLogits(tokens, 8, 7);
    four.forEach((row, t) => expect(eight[t].slice(0, 4)).toEqual(row));
  });

  it('adds skew·(N−1−e)/(N−1) to expert e', () => {
    const plain = toyLogits(tokens, 5, 3);
    const skewed = toyLogits(tokens, 5, 3, 2);
    skewed.forEach((row, t) => row.forEach((z, e) => expect(z - plain[t][e]).toBeCloseTo((2 * (4 - e)) / 4, 12)));
  });

  it('rejects seeds outside [0, 2^20)', () => {
    expect(() => toyLogits(tokens, 4, -1)).toThrow(/seed/);
    expect(() => toyLogits(tokens, 4, 2 ** 20)).toThrow(/seed/);
  });
});
