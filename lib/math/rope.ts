import type { VectorLike } from './types';
import { checkPositive, checkVector } from './validate';

/** RoPE's default base, θ_i = base^(−2i/d) (Su et al. 2021). */
export const ROPE_BASE = 10000;

function checkEvenVector(x: VectorLike, name: string): number {
  const d = checkVector(x, name);
  if (d % 2 !== 0) throw new RangeError(`${name} must have an even length (pairs of coordinates), got ${d}`);
  return d;
}

function checkPosition(position: number, name: string): void {
  if (typeof position !== 'number' || !Number.isFinite(position)) {
    throw new RangeError(`${name} must be a finite number, got ${String(position)}`);
  }
}

/** The d/2 rotation frequencies $\theta_i = \text{base}^{-2i/d}$, i = 0 … d/2 − 1. */
export function ropeFrequencies(d: number, base = ROPE_BASE): number[] {
  if (!Number.isInteger(d) || d < 2 || d % 2 !== 0) throw new RangeError(`d must be an even integer ≥ 2, got ${String(d)}`);
  checkPositive(base, 'base');
  return Array.from({ length: d / 2 }, (_, i) => base ** ((-2 * i) / d));
}

/**
 * Rotary position embedding of one query or key vector at `position` m: each pair
 * $(x_{2i}, x_{2i+1})$ is rotated by the angle $m\theta_i$.
 *
 * $$\begin{pmatrix} x'_{2i}\\ x'_{2i+1}\end{pmatrix} =
 *   \begin{pmatrix}\cos m\theta_i & -\sin m\theta_i\\ \sin m\theta_i & \cos m\theta_i\end{pmatrix}
 *   \begin{pmatrix} x_{2i}\\ x_{2i+1}\end{pmatrix}$$
 *
 * Source: Su, Lu, Pan, Murtadha, Wen, Liu 2021, "RoFormer: Enhanced Transformer with Rotary
 * Position Embedding", arXiv:2104.09864, eq. 34 (adjacent pairs). Some libraries pair coordinate i
 * with i + d/2 instead ("rotate half"); it is the same rotation on a permuted basis.
 */
export function ropeRotate(x: VectorLike, position: number, base = ROPE_BASE): number[] {
  const d = checkEvenVector(x, 'x');
  checkPosition(position, 'position');
  const thetas = ropeFrequencies(d, base);
  const out = new Array<number>(d);
  thetas.forEach((theta, i) => {
    const c = Math.cos(position * theta);
    const s = Math.sin(position * theta);
    const a = x[2 * i];
    const b = x[2 * i + 1];
    out[2 * i] = a * c - b * s;
    out[2 * i + 1] = a * s + b * c;
  });
  return out;
}

/** The attention score $\langle \mathrm{RoPE}(q, m), \mathrm{RoPE}(k, n)\rangle$ of a query at m and a key at n. */
export function ropeScore(q: VectorLike, m: number, k: VectorLike, n: number, base = ROPE_BASE): number {
  const d = checkEvenVector(q, 'q');
  checkVector(k, 'k', { length: d });
  const a = ropeRotate(q, m, base);
  const b = ropeRotate(k, n, base);
  return a.reduce((s, v, i) => s + v * b[i], 0);
}

/**
 * The same score written through the offset alone: since $R(m\theta)^\top R(n\theta) = R((n-m)\theta)$,
 *
 * $$\langle R_m q, R_n k\rangle = \sum_i \big(q_{2i}k_{2i} + q_{2i+1}k_{2i+1}\big)\cos\big((m-n)\theta_i\big)
 *   + \big(q_{2i}k_{2i+1} - q_{2i+1}k_{2i}\big)\sin\big((m-n)\theta_i\big)$$
 *
 * with `offset` = m − n. It equals `ropeScore(q, m, k, n)` for every m, n with that offset — RoPE's
 * relative-position property (Su et al. 2021, §3.2, eq. 16).
 */
export function ropeRelativeScore(q: VectorLike, k: VectorLike, offset: number, base = ROPE_BASE): number {
  const d = checkEvenVector(q, 'q');
  checkVector(k, 'k', { length: d });
  checkPosition(offset, 'offset');
  return ropeFrequencies(d, base).reduce((s, theta, i) => {
    const [q0, q1, k0, k1] = [q[2 * i], q[2 * i + 1], k[2 * i], k[2 * i + 1]];
    return s + (q0 * k0 + q1 * k1) * Math.cos(offset * theta) + (q0 * k1 - q1 * k0) * Math.sin(offset * theta);
  }, 0);
}
