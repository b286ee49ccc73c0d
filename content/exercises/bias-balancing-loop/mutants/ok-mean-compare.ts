// Correct: picks the k experts one at a time (largest s + b, first index on ties) and compares each load with the mean directly.
export function balanceLoop(batches: number[][][], k: number, gamma: number) {
  const n = batches[0][0].length;
  const bias: number[] = Array.from({ length: n }, () => 0);
  const loads: number[][] = [];
  const gates: number[][][] = [];
  for (const batch of batches) {
    const load: number[] = Array.from({ length: n }, () => 0);
    const batchGates: number[][] = [];
    for (const s of batch) {
      const taken = new Set<number>();
      for (let j = 0; j < k; j++) {
        let best = -1;
        for (let i = 0; i < n; i++) if (!taken.has(i) && (best < 0 || s[i] + bias[i] > s[best] + bias[best])) best = i;
        taken.add(best);
        load[best]++;
      }
      let total = 0;
      taken.forEach((i) => (total += s[i]));
      batchGates.push(s.map((v, i) => (taken.has(i) ? v / total : 0)));
    }
    loads.push(load);
    gates.push(batchGates);
    const mean = load.reduce((a, c) => a + c, 0) / n;
    for (let i = 0; i < n; i++) bias[i] += load[i] > mean ? -gamma : load[i] < mean ? gamma : 0;
  }
  return { loads, gates, bias };
}
