// Correct: explicit index loops; head h, token t, column c of the head is column h·d_k + c of the token.
export function splitHeads(x: number[][], heads: number): number[][][] {
  const dk = x[0].length / heads;
  const out: number[][][] = [];
  for (let h = 0; h < heads; h++) {
    const head: number[][] = [];
    for (const row of x) {
      const part: number[] = [];
      for (let c = 0; c < dk; c++) part.push(row[h * dk + c]);
      head.push(part);
    }
    out.push(head);
  }
  return out;
}

export function mergeHeads(parts: number[][][]): number[][] {
  const dk = parts[0][0].length;
  return parts[0].map((_, t) => {
    const row = new Array<number>(parts.length * dk);
    parts.forEach((head, h) => head[t].forEach((v, c) => (row[h * dk + c] = v)));
    return row;
  });
}
