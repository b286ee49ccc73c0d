// Breaks ties in s + b toward the higher expert id.
export function balanceLoop(batches: number[][][], k: number, gamma: number) {
  const n = batches[0][0].length;
  let bias = new Array<number>(n).fill(0);
  const loads: number[][] = [];
  const gates: number[][][] = [];
  for (const batch of batches) {
    const load = new Array<number>(n).fill(0);
    gates.push(
      batch.map((s) => {
        // the bias picks the experts (ties to the lower id) …
        const chosen = s.map((_, i) => i).sort((a, b) => s[b] + bias[b] - (s[a] + bias[a]) || b - a).slice(0, k);
        // … but the gates use the raw affinities
        const total = chosen.reduce((sum, i) => sum + s[i], 0);
        const row = s.map(() => 0);
        for (const i of chosen) {
          row[i] = s[i] / total;
          load[i] += 1;
        }
        return row;
      }),
    );
    loads.push(load);
    const sum = load.reduce((a, c) => a + c, 0);
    bias = bias.map((b, i) => b + gamma * Math.sign(sum - n * load[i]));
  }
  return { loads, gates, bias };
}
