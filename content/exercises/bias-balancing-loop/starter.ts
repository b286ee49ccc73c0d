export function balanceLoop(batches: number[][][], k: number, gamma: number) {
  const n = batches[0][0].length;
  const bias = new Array<number>(n).fill(0);
  const loads: number[][] = [];
  const gates: number[][][] = [];
  for (const batch of batches) {
    // TODO: route by s + bias, gate by the raw s, then move the bias by ±gamma
    loads.push(new Array<number>(n).fill(0));
    gates.push(batch.map((s) => s.map(() => 1 / k)));
  }
  return { loads, gates, bias: bias.map((b) => b + gamma * 0) };
}
