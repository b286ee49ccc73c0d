import { describe, expect, it } from 'vitest';
import { computeExplorer, type ExplorerInput } from './model';
import { DK_SWEEP, saturationPoint, saturationSweep, withPoint } from './saturation';
import { DEFAULT_SENTENCE, tokenize } from './tokens';

const BASE: Omit<ExplorerInput, 'dk' | 'scale'> = { tokens: tokenize(DEFAULT_SENTENCE), pad: 1, heads: 2, temp: 1, causal: true, padmask: true, seed: 4 };

describe('saturationSweep', () => {
  const sweep = saturationSweep(BASE);

  it('samples d_k from 2 to 512', () => {
    expect(sweep.map((p) => p.dk)).toEqual([...DK_SWEEP]);
  });

  it('each point equals the explorer’s own statistics at that d_k, scaled and unscaled', () => {
    for (const dk of [2, 96, 512]) {
      const point = sweep.find((p) => p.dk === dk);
      for (const scale of [true, false]) {
        const r = computeExplorer({ ...BASE, dk, scale });
        const s = scale ? point?.scaled : point?.unscaled;
        expect(s?.maxWeight).toBeCloseTo(r.maxWeight, 10);
        expect(s?.entropy).toBeCloseTo(r.entropy, 10);
      }
    }
  });

  it('the current d_k’s point comes from the explorer’s dot products and slots into the sweep', () => {
    const r = computeExplorer({ ...BASE, dk: 100, scale: false });
    const point = saturationPoint(100, r.heads.map((h) => h.dots), r.mask, r.isPad, BASE.temp);
    expect(point.unscaled.maxWeight).toBeCloseTo(r.maxWeight, 12);
    expect(point.scaled.maxWeight).toBeCloseTo(computeExplorer({ ...BASE, dk: 100, scale: true }).maxWeight, 12);
    const merged = withPoint(sweep, point);
    expect(merged.map((p) => p.dk)).toEqual([...DK_SWEEP.slice(0, 7), 100, ...DK_SWEEP.slice(7)]);
    expect(withPoint(sweep, { ...point, dk: 512 })).toHaveLength(DK_SWEEP.length);
  });

  it('unscaled, the largest weight climbs towards 1 as d_k grows; scaled, it stays put', () => {
    const first = sweep[0];
    const last = sweep[sweep.length - 1];
    expect(last.unscaled.maxWeight).toBeGreaterThan(0.9);
    expect(last.unscaled.maxWeight).toBeGreaterThan(first.unscaled.maxWeight + 0.2);
    expect(last.unscaled.entropy).toBeLessThan(first.unscaled.entropy / 3);
    expect(Math.abs(last.scaled.maxWeight - sweep[3].scaled.maxWeight)).toBeLessThan(0.15);
  });
});
