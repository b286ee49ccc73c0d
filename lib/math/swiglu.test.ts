import { describe, expect, it } from 'vitest';
import { ffnParameters } from './parameters';
import { silu, swiGluFfn, swiGluHidden } from './swiglu';

describe('silu', () => {
  it('is x·σ(x)', () => {
    expect(silu(0)).toBe(0);
    expect(silu(2)).toBeCloseTo(2 / (1 + Math.exp(-2)), 15);
    expect(silu(-2)).toBeCloseTo(-2 / (1 + Math.exp(2)), 15);
  });
});

describe('swiGluFfn', () => {
  it('computes (Swish(xW) ⊗ xV) W2 by hand on a 2 → 2 → 1 block', () => {
    const x = [1, 2];
    const w = [
      [1, 0],
      [0, 1],
    ]; // xW = [1, 2]
    const v = [
      [2, 0],
      [1, -1],
    ]; // xV = [4, -2]
    const w2 = [[1], [3]];
    const s1 = 1 / (1 + Math.exp(-1));
    const s2 = 2 / (1 + Math.exp(-2));
    const [y] = swiGluFfn(x, w, v, w2);
    expect(y).toBeCloseTo(s1 * 4 * 1 + s2 * -2 * 3, 12);
  });

  it('gives zero where the gate input is zero, whatever the up projection', () => {
    expect(swiGluFfn([1, -1], [[1], [1]], [[5], [2]], [[7]])).toEqual([0]);
  });

  it('rejects mismatched shapes', () => {
    expect(() => swiGluFfn([1, 2], [[1, 0]], [[1, 0]], [[1], [1]])).toThrow(/w must have 2 rows/);
    expect(() => swiGluFfn([1], [[1, 0]], [[1]], [[1], [1]])).toThrow(/v\[0\] must have 2 columns/);
    expect(() => swiGluFfn([1], [[1, 0]], [[1, 0]], [[1]])).toThrow(/w2 must have 2 rows/);
  });
});

describe('swiGluHidden', () => {
  it("is floor(8d/3), rounded up to the multiple: Llama 7B's 11008 for d = 4096", () => {
    expect(swiGluHidden(4096)).toBe(10922);
    expect(swiGluHidden(4096, 256)).toBe(11008);
    expect(swiGluHidden(768)).toBe(2048);
  });

  it('keeps a SwiGLU FFN within one row of the parameters of the 4d ReLU FFN', () => {
    for (const d of [96, 512, 768, 4096]) {
      const h = swiGluHidden(d);
      expect(ffnParameters(d, h, 'swiglu')).toBeLessThanOrEqual(ffnParameters(d, 4 * d, 'relu'));
      expect(ffnParameters(d, h + 1, 'swiglu')).toBeGreaterThan(ffnParameters(d, 4 * d, 'relu'));
    }
  });

  it('rejects non-integer sizes', () => {
    expect(() => swiGluHidden(0)).toThrow(RangeError);
    expect(() => swiGluHidden(512, 0.5)).toThrow(/multiple/);
  });
});
