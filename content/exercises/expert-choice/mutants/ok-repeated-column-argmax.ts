// Correct: for each expert, capacity rounds of argmax down its column with a strict >, so equal affinities keep the lower token.
export function expertChoice(probs: number[][], capacity: number): number[][] {
  const result: number[][] = [];
  for (let e = 0; e < probs[0].length; e++) {
    const chosen: number[] = [];
    while (chosen.length < capacity) {
      let best = -1;
      for (let t = 0; t < probs.length; t++) if (!chosen.includes(t) && (best < 0 || probs[t][e] > probs[best][e])) best = t;
      chosen.push(best);
    }
    result.push(chosen);
  }
  return result;
}
