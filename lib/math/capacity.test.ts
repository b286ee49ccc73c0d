import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatchWithCapacity, expertCapacity } from './capacity';
import { deepFreeze } from './test-helpers';

describe('expertCapacity', () => {
  it('is ceil(capacityFactor · tokens · k / numExperts)', () => {
    expect(expertCapacity(8, 4, 2, 1.25)).toBe(5);
    expect(expertCapacity(64, 8, 2, 1)).toBe(16);
    expect(expertCapacity(10, 3, 1, 1)).toBe(4);
    expect(expertCapacity(10, 4, 1, 2)).toBe(5);
    expect(expertCapacity(1, 8, 1, 0.5)).toBe(1);
  });

  it('does not round an exact product up because of floating point (1.1 · 100 / 10 = 11)', () => {
    expect((1.1 * 100 * 1) / 10).toBeGreaterThan(11);
    expect(expertCapacity(100, 10, 1, 1.1)).toBe(11);
    expect(expertCapacity(100, 7, 2, 0.7)).toBe(20);
    expect(expertCapacity(3, 1, 1, 1.1)).toBe(4);
  });

  // The capacity lesson's claim: drops are certain exactly when the slots N·C cannot hold the T·K
  // assignments. A factor below 1 alone does not guarantee them, because C is rounded up.
  it('can leave room for every assignment below CF 1 (T = 8, N = 4, K = 1, CF 0.9 → C = 2)', () => {
    const capacity = expertCapacity(8, 4, 1, 0.9);
    expect(capacity).toBe(2);
    const balanced = [[0], [1], [2], [3], [0], [1], [2], [3]];
    expect(dispatchWithCapacity(balanced, 4, capacity).kept.flat().every(Boolean)).toBe(true);
  });

  it('property: N·C < T·K drops under any routing; otherwise round-robin routing drops nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        ([n, k], tokens, factor, seed) => {
          const capacity = expertCapacity(tokens, n, k, factor);
          // any routing with k distinct experts per token (a seeded rotation), and round-robin
          const any = Array.from({ length: tokens }, (_, t) => Array.from({ length: k }, (_, j) => ((t * 7 + seed) % n + j) % n));
          const roundRobin = Array.from({ length: tokens }, (_, t) => Array.from({ length: k }, (_, j) => (t * k + j) % n));
          const droppedAny = dispatchWithCapacity(any, n, capacity).kept.flat().some((x) => !x);
          const droppedEven = dispatchWithCapacity(roundRobin, n, capacity).kept.flat().some((x) => !x);
          if (n * capacity < tokens * k) expect(droppedAny).toBe(true);
          else expect(droppedEven).toBe(false);
        },
      ),
    );
  });

  it('rejects non-positive counts, k > numExperts and non-positive capacity factors', () => {
    expect(() => expertCapacity(8, 0, 1, 1)).toThrow(/numExperts must be an integer ≥ 1, got 0/);
    expect(() => expertCapacity(8, 4, 5, 1)).toThrow(new RangeError('k must be an integer in [1, 4], got 5'));
    expect(() => expertCapacity(8, 4, 1, 0)).toThrow(/capacityFactor must be a finite number > 0, got 0/);
    expect(() => expertCapacity(8, 4, 1, Infinity)).toThrow(/capacityFactor/);
    expect(() => expertCapacity(0, 4, 1, 1)).toThrow(/tokens/);
  });
});

describe('dispatchWithCapacity', () => {
  // 4 tokens, top-2, 3 experts, capacity 2
  const INDICES = [
    [0, 1],
    [0, 2],
    [0, 1],
    [1, 0],
  ];

  it('drops in slot-major order: all first choices (token order), then all second choices', () => {
    // slot 0: t0→0 keep, t1→0 keep, t2→0 drop (full), t3→1 keep
    // slot 1: t0→1 keep (expert 1 now full), t1→2 keep, t2→1 drop, t3→0 drop
    const { kept, load } = dispatchWithCapacity(deepFreeze(INDICES.map((r) => [...r])), 3, 2);
    expect(kept).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [true, false],
    ]);
    expect(load).toEqual([2, 2, 1]);
  });

  it('differs from token-major order (which would keep token 2’s second choice)', () => {
    const { kept } = dispatchWithCapacity(INDICES, 3, 2);
    expect(kept[2][1]).toBe(false);
    expect(kept[3][0]).toBe(true);
  });

  it('keeps everything with enough capacity and nothing with capacity 0', () => {
    expect(dispatchWithCapacity(INDICES, 3, 8).load).toEqual([4, 3, 1]);
    expect(dispatchWithCapacity(INDICES, 3, 0)).toEqual({
      kept: INDICES.map((r) => r.map(() => false)),
      load: [0, 0, 0],
    });
  });

  it('gives earlier tokens priority within a slot (Switch top-1)', () => {
    expect(dispatchWithCapacity([[1], [1], [1], [0]], 2, 2).kept).toEqual([[true], [true], [false], [true]]);
  });

  it('rejects ragged rows, bad ids and a negative capacity', () => {
    expect(() => dispatchWithCapacity([[0, 1], [0]], 3, 2)).toThrow(/indices\[1\] must have 2 entries, got 1/);
    expect(() => dispatchWithCapacity([[3]], 3, 2)).toThrow(/indices\[0\]\[0\]/);
    expect(() => dispatchWithCapacity([[0]], 3, -1)).toThrow(/capacity must be an integer ≥ 0/);
    expect(() => dispatchWithCapacity([], 3, 1)).toThrow(RangeError);
  });

  it('property: load never exceeds capacity and equals the kept count per expert', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.integer({ min: 1, max: n }).chain((k) =>
              fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: k, maxLength: k }), { minLength: 1, maxLength: 12 }),
            ),
            fc.integer({ min: 0, max: 6 }),
          ),
        ),
        ([n, indices, capacity]) => {
          const { kept, load } = dispatchWithCapacity(indices, n, capacity);
          const counted = new Array<number>(n).fill(0);
          indices.forEach((row, t) => row.forEach((e, j) => (counted[e] += kept[t][j] ? 1 : 0)));
          expect(load).toEqual(counted);
          expect(load.every((c) => c <= capacity)).toBe(true);
        },
      ),
    );
  });
});
