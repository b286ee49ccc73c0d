import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expertChoice } from './expert-choice';
import { deepFreeze } from './test-helpers';

describe('expertChoice', () => {
  const PROBS = [
    [0.6, 0.3, 0.1],
    [0.2, 0.5, 0.3],
    [0.6, 0.1, 0.3],
    [0.1, 0.2, 0.7],
  ];

  it('lets each expert take its capacity highest-affinity tokens, descending', () => {
    // expert 0: 0.6 (t0), 0.6 (t2) tie → t0 first; expert 1: 0.5 (t1), 0.3 (t0); expert 2: 0.7 (t3), 0.3 (t1) tie t2 → t1
    expect(expertChoice(deepFreeze(PROBS.map((r) => [...r])), 2)).toEqual([
      [0, 2],
      [1, 0],
      [3, 1],
    ]);
  });

  it('can give a token several experts or none', () => {
    const chosen = expertChoice(PROBS, 1);
    expect(chosen).toEqual([[0], [1], [3]]);
    expect(chosen.flat()).not.toContain(2);
  });

  it('rejects a capacity outside [1, tokens]', () => {
    expect(() => expertChoice(PROBS, 5)).toThrow(new RangeError('capacity must be an integer in [1, 4], got 5'));
    expect(() => expertChoice(PROBS, 0)).toThrow(RangeError);
  });

  it('property: every expert gets exactly capacity distinct tokens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 10 }),
        ).chain((probs) => fc.tuple(fc.constant(probs), fc.integer({ min: 1, max: probs.length }))),
        ([probs, capacity]) => {
          for (const tokens of expertChoice(probs, capacity)) {
            expect(tokens).toHaveLength(capacity);
            expect(new Set(tokens).size).toBe(capacity);
          }
        },
      ),
    );
  });
});
