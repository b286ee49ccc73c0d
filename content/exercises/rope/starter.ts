export function ropeRotate(x: number[], position: number, base: number): number[] {
  // TODO: pair i must turn by position · θ_i with θ_i = base^(−2i/d); this turns every pair by θ_0
  const theta = base ** 0;
  const out = x.slice();
  for (let i = 0; i < x.length / 2; i++) {
    const c = Math.cos(position * theta);
    const s = Math.sin(position * theta);
    out[2 * i] = x[2 * i] * c - x[2 * i + 1] * s;
    out[2 * i + 1] = x[2 * i] * s + x[2 * i + 1] * c;
  }
  return out;
}

export function ropeScore(q: number[], m: number, k: number[], n: number, base: number): number {
  const a = ropeRotate(q, m, base);
  const b = ropeRotate(k, n, base);
  return a.reduce((s, v, i) => s + v * b[i], 0);
}
