import { describe, expect, it } from 'vitest';
import { hashString, seededPermutation } from './shuffle';

describe('seededPermutation', () => {
  it('is a permutation that depends only on the seed', () => {
    const p = seededPermutation(6, 'attn-steps-order');
    expect([...p].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seededPermutation(6, 'attn-steps-order')).toEqual(p);
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('never returns the identity when asked not to', () => {
    for (let i = 0; i < 200; i++) {
      const p = seededPermutation(2, `q-${i}`, true);
      expect(p).toEqual([1, 0]);
    }
    expect(seededPermutation(1, 'x', true)).toEqual([0]);
  });
});
