// Keeps only the best token of each beam before pooling: two children of one strong beam can never both survive.
export interface Beam {
  tokens: number[];
  logProb: number;
}

export function beamStep(beams: Beam[], logProbs: number[][], width: number): Beam[] {
  const candidates: { beam: number; token: number; score: number }[] = [];
  beams.forEach((b, i) => {
    const row = logProbs[i];
    let token = 0;
    for (let v = 1; v < row.length; v++) if (row[v] > row[token]) token = v;
    candidates.push({ beam: i, token, score: b.logProb + row[token] });
  });
  // pad with the rest so that width is still reached
  beams.forEach((b, i) => logProbs[i].forEach((lp, token) => { if (!candidates.some((c) => c.beam === i && c.token === token)) candidates.push({ beam: i, token, score: -1e300 + b.logProb + lp }); }));
  // best score first; ties (two −∞ give NaN, which || also passes on) to the lower beam, then token
  candidates.sort((x, y) => y.score - x.score || x.beam - y.beam || x.token - y.token);
  return candidates.slice(0, width).map((c) => ({ tokens: [...beams[c.beam].tokens, c.token], logProb: c.score }));
}
