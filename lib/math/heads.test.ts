import { describe, expect, it } from 'vitest';
import { mergeHeads, splitHeads } from './heads';

describe('splitHeads / mergeHeads', () => {
  const x = [
    [1, 2, 3, 4, 5, 6],
    [7, 8, 9, 10, 11, 12],
  ];

  it('gives head i the columns [i·d_k, (i+1)·d_k)', () => {
    expect(splitHeads(x, 3)).toEqual([
      [[1, 2], [7, 8]],
      [[3, 4], [9, 10]],
      [[5, 6], [11, 12]],
    ]);
  });

  it('merge undoes split', () => {
    expect(mergeHeads(splitHeads(x, 2))).toEqual(x);
    expect(mergeHeads(splitHeads(x, 6))).toEqual(x);
  });

  it('rejects a head count that does not divide d_model, and ragged heads', () => {
    expect(() => splitHeads(x, 4)).toThrow(/divisible/);
    expect(() => mergeHeads([[[1]], [[1], [2]]])).toThrow(/parts\[1\]/);
  });
});
