import { describe, expect, it } from 'vitest';
import { sampleIndex, samplingDistribution } from './sampling';
import { softmax } from './softmax';
import { expectCloseVector } from './test-helpers';

const sigmoid1 = Math.E / (Math.E + 1);

describe('samplingDistribution', () => {
  it('top-k 3 keeps ids 0, 1, 2 (the tie at 0 goes to the lower id), then top-p 0.9 keeps 0 and 1', () => {
    // renormalised top-3: e²/(e²+e+1) ≈ 0.665, then + e/(e²+e+1) ≈ 0.910 ≥ 0.9
    expectCloseVector(samplingDistribution([2, 1, 0, 0], { temperature: 1, topK: 3, topP: 0.9 }), [sigmoid1, 1 - sigmoid1, 0, 0], 14);
  });

  it('top-p is applied to the distribution renormalised after top-k, not to the full softmax', () => {
    // full softmax: p0 + p1 ≈ 0.835 < 0.9 would also need id 2; after top-k 3 they reach 0.910
    const p = softmax([2, 1, 0, 0]);
    expect(p[0] + p[1]).toBeLessThan(0.9);
    expect(samplingDistribution([2, 1, 0, 0], { temperature: 1, topK: 3, topP: 0.9 })[2]).toBe(0);
  });

  it('divides the logits by the temperature first', () => {
    expectCloseVector(samplingDistribution([2, 0], { temperature: 2, topK: 2, topP: 1 }), [sigmoid1, 1 - sigmoid1], 14);
    const cold = samplingDistribution([1, 0.9, 0], { temperature: 0.001, topK: 3, topP: 1 });
    expect(cold[0]).toBeCloseTo(1, 12);
  });

  it('p = 1 and k ≥ V keep every token; an exact threshold is reached despite rounding', () => {
    expectCloseVector(samplingDistribution([0.5, -1, 3], { temperature: 1, topK: 10, topP: 1 }), softmax([0.5, -1, 3]), 15);
    // probs 0.5, 0.3, 0.2: cumulative 0.5 + 0.3 is 0.7999… in floating point, still reaches p = 0.8
    const logits = [Math.log(0.5), Math.log(0.3), Math.log(0.2)];
    expectCloseVector(samplingDistribution(logits, { temperature: 1, topK: 3, topP: 0.8 }), [0.625, 0.375, 0], 14);
  });

  it('always keeps the top token, and refuses bad knobs', () => {
    expect(samplingDistribution([0, 5, 1], { temperature: 1, topK: 1, topP: 1 })).toEqual([0, 1, 0]);
    expect(samplingDistribution([0, 5, 1], { temperature: 1, topK: 3, topP: 1e-9 })).toEqual([0, 1, 0]);
    expect(() => samplingDistribution([1, 2], { temperature: 0, topK: 1, topP: 1 })).toThrow(/temperature/);
    expect(() => samplingDistribution([1, 2], { temperature: 1, topK: 0, topP: 1 })).toThrow(/topK/);
    expect(() => samplingDistribution([1, 2], { temperature: 1, topK: 1, topP: 1.5 })).toThrow(/p must be in/);
  });
});

describe('sampleIndex', () => {
  it('returns the first id whose cumulative probability exceeds u, skipping zeros', () => {
    const p = [0.25, 0, 0.5, 0.25];
    expect([0, 0.2499, 0.25, 0.74, 0.75, 0.999].map((u) => sampleIndex(p, u))).toEqual([0, 0, 2, 2, 3, 3]);
  });

  it('falls back to the last nonzero id when rounding leaves u above the total', () => {
    expect(sampleIndex([0.3, 0.3, 0.3999999, 0], 0.99999999)).toBe(2);
    expect(() => sampleIndex([0, 0], 0.5)).toThrow(/nonzero/);
    expect(() => sampleIndex([1], 1)).toThrow(/\[0, 1\)/);
  });
});
