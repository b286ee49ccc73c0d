import { describe, expect, it } from 'vitest';
import { computeExplorer, type ExplorerInput } from './model';
import { DK_SWEEP, saturationSweep } from './saturation';
import { DEFAULT_SENTENCE, tokenize } from './tokens';

const BASE: Omit<ExplorerInput, 'dk' | 'scale'> = { tokens: tokenize(DEFAULT_SENTENCE), pad: 1, heads: 2, temp: 1, causal: true, padmask: true, seed: 4 };

describe('saturationSweep', () => {
  const sweep = saturationSweep(BASE, 100);

  it('samples the sweep plus the current d_k, in order', () => {
    expect(sweep.map((p) => p.dk)).toEqual([...DK_SWEEP.slice(0, 6), 96, 100, ...DK_SWEEP.slice(7)]);
  });

  it('each point equals the explorer’s own statistics at that d_k, scaled and unscaled', () => {
    for (const dk of [2, 100, 512]) {
      const point = sweep.find((p) => p.dk === dk);
      for (const scale of [true, false]) {
        const r = computeExplorer({ ...BASE, dk, scale });
        const s = scale ? point?.scaled : point?.unscaled;
        expect(s?.maxWeight).toBeCloseTo(r.maxWeight, 10);
        expect(s?.entropy).toBeCloseTo(r.entropy, 10);
      }
    }
  });

  it('unscaled, the largest weight climbs towards 1 as d_k grows; scaled, it stays put', () => {
    const first = sweep[0];
    const last = sweep[sweep.length - 1];
    expect(last.unscaled.maxWeight).toBeGreaterThan(0.95);
    expect(last.unscaled.maxWeight).toBeGreaterThan(first.unscaled.maxWeight + 0.2);
    expect(last.unscaled.entropy).toBeLessThan(first.unscaled.entropy / 3);
    expect(Math.abs(last.scaled.maxWeight - sweep[3].scaled.maxWeight)).toBeLessThan(0.15);
  });
});
