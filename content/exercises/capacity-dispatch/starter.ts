export function dispatch(indices: number[][], numExperts: number, capacityFactor: number): { capacity: number; kept: boolean[][]; load: number[] } {
  // TODO: compute the capacity, then keep assignments slot by slot until each expert is full
  const capacity = Math.ceil((capacityFactor * indices.length) / numExperts);
  return { capacity, kept: indices.map((row) => row.map(() => true)), load: new Array<number>(numExperts).fill(0) };
}
