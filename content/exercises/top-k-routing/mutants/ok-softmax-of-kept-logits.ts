// Correct: Shazeer's Softmax(KeepTopK(z, k)), a stable softmax over the kept logits only, chosen by repeated argmax.
export function routeTopK(logits: number[][], k: number): { indices: number[][]; weights: number[][] } {
  const indices: number[][] = [];
  const weights: number[][] = [];
  for (const z of logits) {
    const kept: number[] = [];
    for (let round = 0; round < k; round++) {
      let best = -1;
      for (let e = 0; e < z.length; e++) if (!kept.includes(e) && (best < 0 || z[e] > z[best])) best = e;
      kept.push(best);
    }
    const max = z[kept[0]];
    const w = new Array<number>(z.length).fill(0);
    let total = 0;
    for (const e of kept) total += w[e] = Math.exp(z[e] - max);
    for (const e of kept) w[e] /= total;
    indices.push(kept);
    weights.push(w);
  }
  return { indices, weights };
}
