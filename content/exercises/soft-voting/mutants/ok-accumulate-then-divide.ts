// Correct: accumulates Σ w_m · p_m in loops and divides once by Σ w_m; argmax by a strict > scan.
export function softVote(probs: number[][][], weights?: number[]): { mean: number[][]; classes: number[] } {
  const samples = probs[0].length;
  const numClasses = probs[0][0].length;
  let total = 0;
  for (let m = 0; m < probs.length; m++) total += weights ? weights[m] : 1;
  const mean: number[][] = [];
  const classes: number[] = [];
  for (let s = 0; s < samples; s++) {
    const row = new Array<number>(numClasses).fill(0);
    for (let m = 0; m < probs.length; m++) for (let c = 0; c < numClasses; c++) row[c] += (weights ? weights[m] : 1) * probs[m][s][c];
    for (let c = 0; c < numClasses; c++) row[c] /= total;
    let best = 0;
    for (let c = 1; c < numClasses; c++) if (row[c] > row[best]) best = c;
    mean.push(row);
    classes.push(best);
  }
  return { mean, classes };
}
