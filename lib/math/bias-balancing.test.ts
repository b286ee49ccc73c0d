import { describe, expect, it } from 'vitest';
import { sigmoid } from './activations';
import { routeWithBias, updateBias } from './bias-balancing';
import { deepFreeze, expectCloseVector } from './test-helpers';

describe('routeWithBias', () => {
  it('selects by s + b but gates with the raw s, normalised among the selected', () => {
    // s + b = [0.9, 0.8, 1.1] → experts 2, 0; gates from raw s: [0.9, 0, 0.1] / 1.0
    const route = routeWithBias(deepFreeze([[0.9, 0.8, 0.1]]), deepFreeze([0, 0, 1]), 2);
    expect(route.indices).toEqual([[2, 0]]);
    expectCloseVector(route.weights[0], [0.9, 0, 0.1], 15);
  });

  it('without normalisation keeps g′ = s for the selected experts', () => {
    const route = routeWithBias([[0.9, 0.8, 0.1]], [0, 0, 1], 2, false);
    expectCloseVector(route.weights[0], [0.9, 0, 0.1], 15);
    expectCloseVector(routeWithBias([[0.6, 0.2, 0.3]], [0, 0, 0], 2, false).weights[0], [0.6, 0, 0.3], 15);
  });

  it('works on sigmoid affinities (DeepSeek-V3) and with zero bias equals plain top-k', () => {
    const s = [0.5, -1, 2, 0].map(sigmoid);
    const route = routeWithBias([s], [0, 0, 0, 0], 2);
    expect(route.indices).toEqual([[2, 0]]);
    const total = s[2] + s[0];
    expectCloseVector(route.weights[0], [s[0] / total, 0, s[2] / total, 0], 15);
  });

  it('breaks ties in s + b towards the lower id', () => {
    expect(routeWithBias([[0.5, 0.4, 0.6]], [0, 0.1, -0.1], 1).indices).toEqual([[0]]);
  });

  it('rejects a bias of the wrong length and k out of range', () => {
    expect(() => routeWithBias([[0.5, 0.5]], [0], 1)).toThrow(/bias must have length 2, got 1/);
    expect(() => routeWithBias([[0.5, 0.5]], [0, 0], 3)).toThrow(/k must be an integer in \[1, 2\], got 3/);
    expect(() => routeWithBias([[0, 0]], [0, 0], 1)).toThrow(/scores\[0\] of the selected experts sum to 0/);
  });
});

describe('updateBias', () => {
  it('lowers overloaded experts, raises underloaded ones, leaves the mean load unchanged', () => {
    // mean load 2: expert 0 over, expert 1 under, experts 2 and 3 equal
    const bias = deepFreeze([0, 0, 0, 0]);
    expectCloseVector(updateBias(bias, deepFreeze([3, 1, 2, 2]), 0.001), [-0.001, 0.001, 0, 0], 15);
    expect(bias).toEqual([0, 0, 0, 0]);
  });

  it('accumulates on the previous bias and returns a new array', () => {
    const bias = [0.5, -0.25, 0];
    const next = updateBias(bias, [10, 0, 5], 0.25);
    expectCloseVector(next, [0.25, 0, 0], 15);
    expect(next).not.toBe(bias);
    expect(updateBias(bias, [1, 1, 1], 0.5)).toEqual(bias);
  });

  it('rejects mismatched lengths and a negative gamma', () => {
    expect(() => updateBias([0, 0], [1], 0.1)).toThrow(/load must have length 2, got 1/);
    expect(() => updateBias([0], [1], -0.1)).toThrow(/gamma must be a finite number ≥ 0/);
  });
});
