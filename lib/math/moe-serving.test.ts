import { describe, expect, it } from 'vitest';
import { expectedExpertsTouched } from './inference';
import { allToAllPerForward, batchForExpertCoverage, qualityGainKept, servingFootprint, tokensPerExpert } from './moe-serving';

describe('tokensPerExpert', () => {
  it('is T·k/E: the per-expert batch shrinks with the number of experts', () => {
    expect(tokensPerExpert(16, 2, 8)).toBe(4);
    expect(tokensPerExpert(1, 8, 256)).toBe(0.03125);
    expect(tokensPerExpert(0, 1, 4)).toBe(0);
  });

  it('rejects k above the number of experts', () => {
    expect(() => tokensPerExpert(4, 3, 2)).toThrow(/k/);
  });
});

describe('batchForExpertCoverage', () => {
  it('finds the smallest batch whose expected distinct experts reach the share', () => {
    // 8 experts, top-2: 1 − 0.75^8 = 0.8999 falls just short of 90 %, 1 − 0.75^9 = 0.925 reaches it
    expect(batchForExpertCoverage(8, 2, 0.9)).toBe(9);
    expect(expectedExpertsTouched(8, 2, 8)).toBeLessThan(0.9 * 8);
    // 256 experts, top-8: (31/32)^21 = 0.513 misses half, (31/32)^22 = 0.497 does not
    expect(batchForExpertCoverage(256, 8, 0.5)).toBe(22);
  });

  it('needs one token when every token uses every expert, none for a zero share', () => {
    expect(batchForExpertCoverage(8, 8, 0.99)).toBe(1);
    expect(batchForExpertCoverage(8, 2, 0)).toBe(0);
    expect(batchForExpertCoverage(8, 2, 0.2)).toBe(1);
  });

  it('rejects a share of 1 or more (uniform routing never surely touches all)', () => {
    expect(() => batchForExpertCoverage(8, 2, 1)).toThrow(/fraction/);
    expect(() => batchForExpertCoverage(8, 2, Number.NaN)).toThrow(/fraction/);
  });
});

describe('servingFootprint', () => {
  it('stores the total parameters and computes with the active ones', () => {
    const mixtral = servingFootprint('mixtral-8x7b', 2);
    expect(mixtral.weightBytes).toBe(2 * mixtral.totalParams);
    expect(mixtral.activeWeightBytes).toBe(2 * mixtral.activeParams);
    expect(mixtral.totalParams / 1e9).toBeCloseTo(46.7, 1);
    expect(mixtral.activeParams / 1e9).toBeCloseTo(12.9, 1);
    expect(mixtral.storedPerActive).toBeCloseTo(3.63, 2);
    expect(mixtral.moeLayers).toBe(32);
    const v3 = servingFootprint('deepseek-v3', 1);
    expect(v3.storedPerActive).toBeCloseTo(17.9, 1);
    expect(v3.moeLayers).toBe(58);
  });

  it('gives a dense model one stored parameter per active one', () => {
    const llama = servingFootprint('llama-2-70b', 2);
    expect(llama.storedPerActive).toBe(1);
    expect(llama.moeLayers).toBe(0);
  });
});

describe('allToAllPerForward', () => {
  it('multiplies 2·T·k·d·b by the MoE layers', () => {
    // Mixtral: 2 · 4096 tokens · top-2 · d 4096 · 2 bytes per layer, 32 MoE layers
    const m = allToAllPerForward('mixtral-8x7b', 4096, 2);
    expect(m.perLayer).toBe(2 * 4096 * 2 * 4096 * 2);
    expect(m.total).toBe(32 * m.perLayer);
  });

  it('scales with the copies sent: DeepSeek-V3 capped at 4 nodes sends at most half its 8 copies across', () => {
    const all = allToAllPerForward('deepseek-v3', 1024, 1);
    const nodes = allToAllPerForward('deepseek-v3', 1024, 1, 4);
    expect(nodes.total / all.total).toBe(0.5);
    expect(all.moeLayers).toBe(58);
  });

  it('is zero for a dense model', () => {
    expect(allToAllPerForward('llama-2-70b', 4096, 2).total).toBe(0);
  });
});

describe('qualityGainKept', () => {
  it('is the student’s share of the teacher’s gain over the baseline', () => {
    expect(qualityGainKept(10, 20, 13)).toBeCloseTo(0.3, 12);
    // negative log-perplexities: higher is better, the formula is the same
    expect(qualityGainKept(-2, -1.5, -1.9)).toBeCloseTo(0.2, 12);
    expect(qualityGainKept(10, 20, 10)).toBe(0);
  });

  it('refuses a teacher no better than the baseline', () => {
    expect(() => qualityGainKept(1, 1, 2)).toThrow(/no gain/);
    expect(() => qualityGainKept(Number.NaN, 1, 2)).toThrow(/baseline/);
  });
});
