import { describe, expect, it } from 'vitest';
import { layerNorm } from './layer-norm';
import { layerNormBackward } from './layer-norm-backward';
import { expectCloseVector } from './test-helpers';

const X = [0.5, -1.2, 2.0, 0.3];
const GAIN = [1.0, 0.5, -2.0, 1.5];
const BIAS = [0.1, 0.2, -0.3, 0.0];
const G = [0.7, -0.4, 1.1, 0.25];
const EPS = 1e-5;

/** L = g · LN(x), the loss whose gradients the backward pass returns. */
const loss = (x: number[], gain: number[], bias: number[]) => layerNorm([x], gain, bias, EPS)[0].reduce((s, y, i) => s + G[i] * y, 0);

function numeric(f: (v: number[]) => number, at: number[]): number[] {
  const h = 1e-6;
  return at.map((_, i) => (f(at.map((v, j) => (j === i ? v + h : v))) - f(at.map((v, j) => (j === i ? v - h : v)))) / (2 * h));
}

describe('layerNormBackward', () => {
  it('matches central finite differences for x, gain and bias', () => {
    const r = layerNormBackward(X, GAIN, G, EPS);
    expectCloseVector(r.dx, numeric((x) => loss(x, GAIN, BIAS), X), 7);
    expectCloseVector(r.dGain, numeric((gain) => loss(X, gain, BIAS), GAIN), 7);
    expectCloseVector(r.dBias, numeric((bias) => loss(X, GAIN, bias), BIAS), 7);
  });

  it('a worked value: x = [1, −1], gain 1, g = [1, 0] → dx ≈ [0, 0] (a 2-vector normalises to ±1 whatever its scale)', () => {
    const r = layerNormBackward([1, -1], [1, 1], [1, 0], 1e-12);
    expectCloseVector(r.dx, [0, 0], 9);
    expectCloseVector(r.dGain, [1, 0], 9);
  });

  it('dx sums to 0, and with ε → 0 is orthogonal to x̂ (ε makes mean(x̂²) slightly below 1)', () => {
    expect(layerNormBackward(X, GAIN, G, EPS).dx.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 14);
    const { dx } = layerNormBackward(X, GAIN, G, 1e-14);
    const mean = X.reduce((s, v) => s + v, 0) / 4;
    expect(dx.reduce((s, v, i) => s + v * (X[i] - mean), 0)).toBeCloseTo(0, 12);
  });

  it('refuses mismatched lengths and ε ≤ 0', () => {
    expect(() => layerNormBackward([1, 2], [1], [1, 1], EPS)).toThrow(/gain/);
    expect(() => layerNormBackward([1, 2], [1, 1], [1, 1], 0)).toThrow(/epsilon/);
  });
});
