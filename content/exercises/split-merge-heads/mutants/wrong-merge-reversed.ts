// mergeHeads concatenates the heads in reverse order (last head first).
export function splitHeads(x: number[][], heads: number): number[][][] {
  const dk = x[0].length / heads;
  return Array.from({ length: heads }, (_, h) => x.map((row) => row.slice(h * dk, (h + 1) * dk)));
}

export function mergeHeads(parts: number[][][]): number[][] {
  return parts[0].map((_, t) => [...parts].reverse().flatMap((head) => head[t]));
}
