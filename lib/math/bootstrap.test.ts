import { describe, expect, it } from 'vitest';
import { bootstrapSample } from './bootstrap';
import { createRandom } from './random';

describe('bootstrapSample', () => {
  it('draws n indices with random.int(n) in order and lists the rest as out-of-bag', () => {
    const draws = [2, 0, 2, 4, 0];
    let i = 0;
    expect(bootstrapSample(5, { int: () => draws[i++] })).toEqual({ indices: [2, 0, 2, 4, 0], outOfBag: [1, 3] });
  });

  it('is reproducible for a seed, and leaves about e⁻¹ of the items out of bag', () => {
    expect(bootstrapSample(50, createRandom(7))).toEqual(bootstrapSample(50, createRandom(7)));
    const { outOfBag } = bootstrapSample(20000, createRandom(1));
    expect(outOfBag.length / 20000).toBeCloseTo(Math.exp(-1), 2);
  });

  it('rejects a bad n', () => {
    expect(() => bootstrapSample(0, createRandom(1))).toThrow(/n must be/);
  });
});
