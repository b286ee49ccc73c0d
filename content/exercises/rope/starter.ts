export function ropeRotate(x: number[], position: number, base: number): number[] {
  // TODO: rotate each pair (x[2i], x[2i+1]) by position · base^(−2i/d)
  return x.slice();
}

export function ropeScore(q: number[], m: number, k: number[], n: number, base: number): number {
  const a = ropeRotate(q, m, base);
  const b = ropeRotate(k, n, base);
  return a.reduce((s, v, i) => s + v * b[i], 0);
}
