// mergeHeads interleaves the heads column by column instead of concatenating them in head order.
export function splitHeads(x: number[][], heads: number): number[][][] {
  const dk = x[0].length / heads;
  return Array.from({ length: heads }, (_, h) => x.map((row) => row.slice(h * dk, (h + 1) * dk)));
}

export function mergeHeads(parts: number[][][]): number[][] {
  return parts[0].map((_, t) => parts[0][t].flatMap((_, c) => parts.map((head) => head[t][c])));
}
