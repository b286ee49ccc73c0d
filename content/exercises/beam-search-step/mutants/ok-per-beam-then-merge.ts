// Correct: each beam can contribute at most `width` children, so take each beam's top `width` and merge those (less to sort for a big vocabulary).
export interface Beam {
  tokens: number[];
  logProb: number;
}

interface Candidate {
  beam: number;
  token: number;
  score: number;
}

function better(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  return a.beam - b.beam || a.token - b.token;
}

export function beamStep(beams: Beam[], logProbs: number[][], width: number): Beam[] {
  const pool: Candidate[] = [];
  for (let b = 0; b < beams.length; b++) {
    const mine = logProbs[b].map((lp, token) => ({ beam: b, token, score: beams[b].logProb + lp }));
    mine.sort(better);
    pool.push(...mine.slice(0, width));
  }
  pool.sort(better);
  return pool.slice(0, width).map(({ beam, token, score }) => ({ tokens: beams[beam].tokens.concat([token]), logProb: score }));
}
