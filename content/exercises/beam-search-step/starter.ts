export interface Beam {
  tokens: number[];
  logProb: number;
}

export function beamStep(beams: Beam[], logProbs: number[][], width: number): Beam[] {
  // TODO: greedy extends each beam by its best token; beam search pools all candidates
  return beams.slice(0, width).map((b, i) => {
    const best = logProbs[i].indexOf(Math.max(...logProbs[i]));
    return { tokens: [...b.tokens, best], logProb: b.logProb + logProbs[i][best] };
  });
}
