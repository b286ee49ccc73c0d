import { describe, expect, it } from 'vitest';
import { ropeFrequencies, ropeRelativeScore, ropeRotate, ropeScore } from './rope';
import { expectCloseVector } from './test-helpers';

describe('ropeFrequencies', () => {
  it('is base^(−2i/d)', () => {
    expect(ropeFrequencies(4)).toEqual([1, 10000 ** -0.5]);
    expect(ropeFrequencies(4)[1]).toBeCloseTo(0.01, 15);
    expect(() => ropeFrequencies(3)).toThrow(/even/);
  });
});

describe('ropeRotate', () => {
  it('leaves position 0 unchanged', () => {
    expect(ropeRotate([1, 2, 3, 4], 0)).toEqual([1, 2, 3, 4]);
  });

  it('rotates the first pair by m radians (θ₀ = 1) and the second by m/100 for d = 4', () => {
    const out = ropeRotate([1, 0, 0, 1], Math.PI / 2);
    expectCloseVector(out, [0, 1, -Math.sin(Math.PI / 200), Math.cos(Math.PI / 200)], 15);
  });

  it('keeps the length of every pair (a rotation)', () => {
    const x = [3, -1, 0.5, 2, -4, 1];
    const y = ropeRotate(x, 17);
    for (let i = 0; i < 3; i++) {
      expect(Math.hypot(y[2 * i], y[2 * i + 1])).toBeCloseTo(Math.hypot(x[2 * i], x[2 * i + 1]), 12);
    }
  });

  it('rejects odd lengths and non-finite positions', () => {
    expect(() => ropeRotate([1, 2, 3], 1)).toThrow(/even/);
    expect(() => ropeRotate([1, 2], Number.NaN)).toThrow(/position/);
  });
});

describe("RoPE's relative-position property", () => {
  const q = [0.3, -1.2, 0.8, 0.5, -0.7, 1.1];
  const k = [1.0, 0.4, -0.6, 0.9, 0.2, -0.3];

  it('gives the same score for every pair of positions with the same offset', () => {
    const s = ropeScore(q, 5, k, 2);
    expect(ropeScore(q, 103, k, 100)).toBeCloseTo(s, 10);
    expect(ropeScore(q, 3, k, 0)).toBeCloseTo(s, 12);
    expect(ropeScore(q, 2, k, 5)).not.toBeCloseTo(s, 3);
  });

  it('equals the closed form in the offset m − n', () => {
    for (const [m, n] of [
      [5, 2],
      [0, 7],
      [40, 40],
    ]) {
      expect(ropeRelativeScore(q, k, m - n)).toBeCloseTo(ropeScore(q, m, k, n), 12);
    }
    const plain = q.reduce((s, v, i) => s + v * k[i], 0);
    expect(ropeRelativeScore(q, k, 0)).toBeCloseTo(plain, 14);
  });
});
