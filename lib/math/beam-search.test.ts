import { describe, expect, it } from 'vitest';
import { beamSearchStep } from './beam-search';
import { beamSearch } from './decoding';

const ln = Math.log;

describe('beamSearchStep', () => {
  it('keeps the best summed log-probabilities across beams, not the best token of each beam', () => {
    const beams = [{ tokens: [5], logProb: ln(0.6) }, { tokens: [7], logProb: ln(0.4) }];
    const logProbs = [[ln(0.5), ln(0.45), ln(0.05)], [ln(0.9), ln(0.05), ln(0.05)]];
    const next = beamSearchStep(beams, logProbs, 2);
    // 0.4·0.9 = 0.36 > 0.6·0.5 = 0.30 > 0.6·0.45 = 0.27
    expect(next.map((b) => b.tokens)).toEqual([[7, 0], [5, 0]]);
    expect(next[0].logProb).toBeCloseTo(ln(0.36), 14);
    expect(next[1].logProb).toBeCloseTo(ln(0.3), 14);
  });

  it('breaks ties by beam index, then token id', () => {
    const next = beamSearchStep([{ tokens: [1], logProb: -1 }, { tokens: [2], logProb: -1 }], [[-2, -1, -1], [-1, -3, -3]], 3);
    expect(next.map((b) => b.tokens)).toEqual([[1, 1], [1, 2], [2, 0]]);
  });

  it('ranks −∞ (impossible) tokens last and refuses a width above beams · vocab', () => {
    const next = beamSearchStep([{ tokens: [], logProb: 0 }], [[-Infinity, -Infinity, -0.5]], 3);
    expect(next.map((b) => b.tokens)).toEqual([[2], [0], [1]]);
    expect(() => beamSearchStep([{ tokens: [], logProb: 0 }], [[0, 0]], 3)).toThrow(/width/);
  });

  it('two steps from the empty beam are beamSearch over the same table', () => {
    const table: Record<string, number[]> = { '': [0.5, 0.3, 0.2], '0': [0.1, 0.5, 0.4], '1': [0.9, 0.05, 0.05], '2': [0.6, 0.2, 0.2] };
    let beams = [{ tokens: [] as number[], logProb: 0 }];
    for (let step = 0; step < 2; step++) beams = beamSearchStep(beams, beams.map((b) => table[b.tokens.join(',')].map(Math.log)), 2);
    const want = beamSearch(table, 2, 2);
    expect(beams.map((b) => b.tokens)).toEqual(want.map((b) => b.tokens));
    beams.forEach((b, i) => expect(b.logProb).toBeCloseTo(want[i].logProb, 14));
  });
});
