// Math.floor instead of the ceiling of the capacity formula (truncating CF·T·k/N).
function capacityOf(tokens: number, experts: number, k: number, factor: number): number {
  return Math.floor((factor * tokens * k) / experts);
}

export function dispatch(indices: number[][], numExperts: number, capacityFactor: number): { capacity: number; kept: boolean[][]; load: number[] } {
  const k = indices[0].length;
  const capacity = capacityOf(indices.length, numExperts, k, capacityFactor);
  const load = new Array<number>(numExperts).fill(0);
  const kept = indices.map((row) => row.map(() => false));
  for (let slot = 0; slot < k; slot++) {
    indices.forEach((row, t) => {
      const e = row[slot];
      if (load[e] < capacity) {
        load[e] += 1;
        kept[t][slot] = true;
      }
    });
  }
  return { capacity, kept, load };
}
