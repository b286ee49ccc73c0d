// Correct: a tally array indexed by class id, scanned upward with a strict >, so the smallest class wins a tie.
export function hardVote(predictions: number[][], weights?: number[]): number[] {
  const classes = Math.max(...predictions.flat()) + 1;
  const samples = predictions[0].length;
  const out: number[] = [];
  for (let s = 0; s < samples; s++) {
    const tally = new Array<number>(classes).fill(0);
    for (let m = 0; m < predictions.length; m++) tally[predictions[m][s]] += weights?.[m] ?? 1;
    let best = 0;
    for (let c = 1; c < classes; c++) if (tally[c] > tally[best]) best = c;
    out.push(best);
  }
  return out;
}
