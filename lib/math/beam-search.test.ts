import { describe, expect, it } from 'vitest';
import { beamSearchStep } from './beam-search';

const ln = Math.log;

describe('beamSearchStep', () => {
  it('keeps the best summed log-probabilities across beams, not the best token of each beam', () => {
    const beams = [{ tokens: [5], score: ln(0.6) }, { tokens: [7], score: ln(0.4) }];
    const logProbs = [[ln(0.5), ln(0.45), ln(0.05)], [ln(0.9), ln(0.05), ln(0.05)]];
    const next = beamSearchStep(beams, logProbs, 2);
    // 0.4·0.9 = 0.36 > 0.6·0.5 = 0.30 > 0.6·0.45 = 0.27
    expect(next.map((b) => b.tokens)).toEqual([[7, 0], [5, 0]]);
    expect(next[0].score).toBeCloseTo(ln(0.36), 14);
    expect(next[1].score).toBeCloseTo(ln(0.3), 14);
  });

  it('breaks ties by beam index, then token id', () => {
    const next = beamSearchStep([{ tokens: [1], score: -1 }, { tokens: [2], score: -1 }], [[-2, -1, -1], [-1, -3, -3]], 3);
    expect(next.map((b) => b.tokens)).toEqual([[1, 1], [1, 2], [2, 0]]);
  });

  it('ranks −∞ (impossible) tokens last and refuses a width above beams · vocab', () => {
    const next = beamSearchStep([{ tokens: [], score: 0 }], [[-Infinity, -Infinity, -0.5]], 3);
    expect(next.map((b) => b.tokens)).toEqual([[2], [0], [1]]);
    expect(() => beamSearchStep([{ tokens: [], score: 0 }], [[0, 0]], 3)).toThrow(/width/);
  });
});
