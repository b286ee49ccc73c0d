// Splits the tokens (rows) into heads instead of the model dimension (columns): the wrong axis.
export function splitHeads(x: number[][], heads: number): number[][][] {
  const per = x.length / heads;
  return Array.from({ length: heads }, (_, h) => x.slice(h * per, (h + 1) * per));
}

export function mergeHeads(parts: number[][][]): number[][] {
  return parts[0].map((_, t) => parts.flatMap((head) => head[t]));
}
