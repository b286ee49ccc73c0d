// Token-major priority (token 0's choices, then token 1's, …): the spec is slot-major, all first choices first.
function capacityOf(tokens: number, experts: number, k: number, factor: number): number {
  const exact = (factor * tokens * k) / experts;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) <= 1e-9 * Math.max(1, exact) ? nearest : Math.ceil(exact);
}

export function dispatch(indices: number[][], numExperts: number, capacityFactor: number): { capacity: number; kept: boolean[][]; load: number[] } {
  const capacity = capacityOf(indices.length, numExperts, indices[0].length, capacityFactor);
  const load = new Array<number>(numExperts).fill(0);
  const kept = indices.map((row) =>
    row.map((e) => {
      if (load[e] >= capacity) return false;
      load[e] += 1;
      return true;
    }),
  );
  return { capacity, kept, load };
}
