import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, expectCloseVector } from './test-helpers';
import { routeTopP } from './top-p';

// probabilities 0.5, 0.3, 0.15, 0.05
const LOGITS = [[Math.log(0.5), Math.log(0.3), Math.log(0.15), Math.log(0.05)]];

describe('routeTopP', () => {
  it('activates the fewest experts whose cumulative probability reaches p', () => {
    expect(routeTopP(LOGITS, 0.5).indices).toEqual([[0]]);
    expect(routeTopP(LOGITS, 0.8).indices).toEqual([[0, 1]]);
    expect(routeTopP(LOGITS, 0.81).indices).toEqual([[0, 1, 2]]);
    expect(routeTopP(LOGITS, 0.95).indices).toEqual([[0, 1, 2]]);
    expect(routeTopP(LOGITS, 1).indices).toEqual([[0, 1, 2, 3]]);
    expect(routeTopP(LOGITS, 0.01).counts).toEqual([1]);
  });

  it('renormalises the selected probabilities by default, or keeps them raw', () => {
    const route = routeTopP(deepFreeze(LOGITS.map((r) => [...r])), 0.8);
    expectCloseVector(route.probs[0], [0.5, 0.3, 0.15, 0.05], 15);
    expectCloseVector(route.weights[0], [0.625, 0.375, 0, 0], 15);
    expectCloseVector(routeTopP(LOGITS, 0.8, false).weights[0], [0.5, 0.3, 0, 0], 15);
  });

  it('gives confident tokens fewer experts than uncertain ones', () => {
    const route = routeTopP([[5, 0, 0, 0], [0, 0, 0, 0]], 0.6);
    expect(route.counts).toEqual([1, 3]);
    // ties go to the lower id
    expect(route.indices[1]).toEqual([0, 1, 2]);
  });

  it('rejects a threshold outside (0, 1]', () => {
    expect(() => routeTopP(LOGITS, 0)).toThrow(new RangeError('threshold must be a number in (0, 1], got 0'));
    expect(() => routeTopP(LOGITS, 1.5)).toThrow(RangeError);
    expect(() => routeTopP(LOGITS, Number.NaN)).toThrow(RangeError);
  });

  it('property: the selection reaches p, one fewer expert would not, and weights sum to 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) =>
          fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 5 }),
        ),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (logits, p) => {
          const { probs, indices, weights, counts } = routeTopP(logits, p);
          indices.forEach((selected, t) => {
            expect(counts[t]).toBe(selected.length);
            const mass = selected.reduce((s, e) => s + probs[t][e], 0);
            const withoutLast = mass - probs[t][selected[selected.length - 1]];
            if (selected.length < probs[t].length) expect(mass).toBeGreaterThanOrEqual(p - 1e-12);
            expect(withoutLast).toBeLessThan(p);
            expect(weights[t].reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
          });
        },
      ),
    );
  });
});
