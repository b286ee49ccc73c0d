import { describe, expect, it } from 'vitest';
import { binRows, coefficientOfVariation, droppedShare, groupShares, loadStats, routingTable } from './routing-stats';

describe('groupShares', () => {
  it('counts each group’s tokens per expert and divides by the group’s size', () => {
    // group 0: experts 1, 1, 0, 2; group 1: expert 2, 2; group 2: none
    expect(groupShares([0, 0, 1, 0, 1, 0], [1, 1, 2, 0, 2, 2], 3, 3)).toEqual([
      { tokens: 4, shares: [0.25, 0.5, 0.25] },
      { tokens: 2, shares: [0, 0, 1] },
      { tokens: 0, shares: [0, 0, 0] },
    ]);
  });

  it('refuses indices out of range and mismatched lengths', () => {
    expect(() => groupShares([0, 1], [0], 2, 2)).toThrow(/same length/);
    expect(() => groupShares([2], [0], 2, 2)).toThrow(/group must be an integer in \[0, 2\)/);
    expect(() => groupShares([0], [-1], 2, 2)).toThrow(/expert must be/);
    expect(() => groupShares([0], [0.5], 2, 2)).toThrow(/expert must be/);
    expect(() => groupShares([], [], 0, 2)).toThrow(/numGroups must be a positive integer/);
  });
});

describe('routingTable', () => {
  it('counts same-as-previous pairs only inside a text, with Σ share² as the chance level', () => {
    const table = routingTable(
      [
        { group: 0, experts: [0, 0, 1, 1] }, // pairs 0-0 same, 0-1, 1-1 same → 2 of 3
        { group: 0, experts: [1, 0] }, // pair 1-0 → 0 of 1; no pair across the two texts
        { group: 1, experts: [2] }, // one token, no pair
      ],
      2,
      3,
    );
    expect(table[0]).toEqual({ tokens: 6, shares: [0.5, 0.5, 0], pairs: 4, samePrevious: 0.5, sameChance: 0.5 });
    expect(table[1]).toEqual({ tokens: 1, shares: [0, 0, 1], pairs: 0, samePrevious: 0, sameChance: 1 });
  });

  it('a source whose runs stay together sits above its chance level', () => {
    const [row] = routingTable([{ group: 0, experts: [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3] }], 1, 4);
    expect(row.samePrevious).toBeCloseTo(8 / 11, 12);
    expect(row.sameChance).toBeCloseTo(0.25, 12);
  });

  it('an empty group has zero shares, pairs and chance', () => {
    expect(routingTable([], 1, 2)).toEqual([{ tokens: 0, shares: [0, 0], pairs: 0, samePrevious: 0, sameChance: 0 }]);
  });
});

describe('coefficientOfVariation and loadStats', () => {
  it('CV is population std over mean', () => {
    // mean 0.25, deviations ±0.15, ±0.05 → variance (0.0225·2 + 0.0025·2)/4 = 0.0125
    expect(coefficientOfVariation([0.4, 0.1, 0.3, 0.2])).toBeCloseTo(Math.sqrt(0.0125) / 0.25, 12);
    expect(coefficientOfVariation([0.25, 0.25, 0.25, 0.25])).toBe(0);
  });

  it('an even load: max/mean 1, CV 0, balanced', () => {
    expect(loadStats([0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125])).toEqual({
      maxOverMean: 1,
      cv: 0,
      busiest: 0,
      busiestShare: 0.125,
      idle: 0,
      verdict: 'balanced',
    });
  });

  it('everything on one of N experts: max/mean N, CV √(N − 1), N − 1 idle, collapsed', () => {
    const s = loadStats([0, 0, 1, 0, 0, 0, 0, 0]);
    expect(s.maxOverMean).toBeCloseTo(8, 12);
    expect(s.cv).toBeCloseTo(Math.sqrt(7), 12);
    expect(s).toMatchObject({ busiest: 2, busiestShare: 1, idle: 7, verdict: 'collapsed' });
  });

  it('one expert is balanced by definition, and an all-zero load does not throw', () => {
    expect(loadStats([1])).toMatchObject({ maxOverMean: 1, cv: 0, verdict: 'balanced' });
    expect(loadStats([0, 0])).toMatchObject({ maxOverMean: 1, cv: 0, verdict: 'balanced' });
  });
});

describe('binRows', () => {
  it('keeps a short history as it is', () => {
    expect(binRows([1, 2], [[1, 0], [0, 1]], 4)).toEqual({ steps: [1, 2], rows: [[1, 0], [0, 1]] });
  });

  it('averages consecutive rows, labelling each bin by its last step', () => {
    // 5 rows into 2 bins: rows 0–1 and 2–4
    const out = binRows([10, 20, 30, 40, 50], [[1, 0], [0, 1], [1, 0], [1, 0], [0.4, 0.6]], 2);
    expect(out.steps).toEqual([20, 50]);
    expect(out.rows[0]).toEqual([0.5, 0.5]);
    expect(out.rows[1][0]).toBeCloseTo(0.8, 12);
    expect(out.rows[1][1]).toBeCloseTo(0.2, 12);
  });

  it('refuses mismatched lengths', () => {
    expect(() => binRows([1], [], 2)).toThrow(/same length/);
  });
});

describe('droppedShare', () => {
  it('is the share of dropped tokens', () => {
    expect(droppedShare([true, false, false, true, false])).toBe(0.4);
    expect(droppedShare([])).toBe(0);
  });
});
