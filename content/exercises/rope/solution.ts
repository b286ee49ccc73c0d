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
  const a = ropeRotate(q, m, base);
  const b = ropeRotate(k, n, base);
  return a.reduce((s, v, i) => s + v * b[i], 0);
}
