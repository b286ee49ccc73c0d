export function splitHeads(x: number[][], heads: number): number[][][] {
  // TODO: head h gets columns [h·d_k, (h+1)·d_k)
  return Array.from({ length: heads }, () => x);
}

export function mergeHeads(parts: number[][][]): number[][] {
  // TODO: concatenate each token's rows, head 0 first
  return parts[0];
}
