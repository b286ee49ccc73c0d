// Splits the columns round-robin (column c to head c mod h) instead of in contiguous blocks of d_k.
export function splitHeads(x: number[][], heads: number): number[][][] {
  return Array.from({ length: heads }, (_, h) => x.map((row) => row.filter((_, c) => c % heads === h)));
}

export function mergeHeads(parts: number[][][]): number[][] {
  return parts[0].map((_, t) => parts.flatMap((head) => head[t]));
}
