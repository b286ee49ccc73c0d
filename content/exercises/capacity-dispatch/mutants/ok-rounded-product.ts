// Correct: rounds CF·T·k/N to 9 decimals before the ceiling (absorbs the float error), then a counter per expert.
export function dispatch(indices: number[][], numExperts: number, capacityFactor: number): { capacity: number; kept: boolean[][]; load: number[] } {
  const tokens = indices.length;
  const k = indices[0].length;
  const capacity = Math.ceil(Number(((capacityFactor * tokens * k) / numExperts).toFixed(9)));
  const load: number[] = Array.from({ length: numExperts }, () => 0);
  const kept: boolean[][] = Array.from({ length: tokens }, () => new Array<boolean>(k).fill(false));
  for (let j = 0; j < k; j++) {
    for (let t = 0; t < tokens; t++) {
      const e = indices[t][j];
      if (load[e] === capacity) continue;
      load[e]++;
      kept[t][j] = true;
    }
  }
  return { capacity, kept, load };
}
