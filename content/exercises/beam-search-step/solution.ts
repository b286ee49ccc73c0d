export interface Beam {
  tokens: number[];
  logProb: number;
}

export function beamStep(beams: Beam[], logProbs: number[][], width: number): Beam[] {
  const candidates: { beam: number; token: number; score: number }[] = [];
  beams.forEach((b, i) => logProbs[i].forEach((lp, token) => candidates.push({ beam: i, token, score: b.logProb + lp })));
  // best score first; ties (two −∞ give NaN, which || also passes on) to the lower beam, then token
  candidates.sort((x, y) => y.score - x.score || x.beam - y.beam || x.token - y.token);
  return candidates.slice(0, width).map((c) => ({ tokens: [...beams[c.beam].tokens, c.token], logProb: c.score }));
}
