import type { Matrix, MatrixLike, VectorLike } from './types';
import { softplus } from './activations';
import { matmul } from './matrix';
import { softmaxChecked } from './softmax';
import { rankDescending } from './top-k';
import { checkInteger, checkMatrix, checkNonNegative, checkVector } from './validate';

/**
 * KeepTopK: the k largest entries of `v` stay, the rest become −∞ (exactly k stay: ties at the
 * boundary go to the lower index).
 *
 * $$\mathrm{KeepTopK}(v,k)_i = \begin{cases} v_i & v_i \text{ in the top } k \text{ of } v\\ -\infty & \text{otherwise}\end{cases}$$
 *
 * Source: Shazeer et al. 2017, arXiv:1701.06538, §2.1.
 */
export function keepTopK(v: VectorLike, k: number): number[] {
  const n = checkVector(v, 'v', { rule: 'finite-or-minus-infinity' });
  checkInteger(k, 'k', 1, n);
  const kept = new Set(rankDescending(v).slice(0, k));
  return v.map((value, i) => (kept.has(i) ? value : -Infinity));
}

/** Parameters of noisy top-k gating; `wGate` and `wNoise` are d × N. */
export interface NoisyGatingParams {
  wGate: MatrixLike;
  wNoise: MatrixLike;
  k: number;
  /**
   * Standard-normal noise: a sampler called once per (token, expert) in row-major order, or a
   * precomputed tokens × N matrix. Omit it (evaluation) for no noise.
   */
  noise?: (() => number) | MatrixLike;
  /** added to the noise scale (tensor2tensor uses 1e-2); default 0, as in the paper */
  noiseEpsilon?: number;
}

/** Every intermediate of noisy top-k gating (all tokens × N). */
export interface NoisyGating {
  /** x · W_g */
  clean: Matrix;
  /** softplus(x · W_noise) + noiseEpsilon */
  noiseStd: Matrix;
  /** H(x) = clean + noise · noiseStd */
  logits: Matrix;
  /** the k experts kept per token, by descending H, ties to the lower id (tokens × k) */
  indices: number[][];
  /** G(x) = softmax(KeepTopK(H, k)): exactly 0 off the top k */
  gates: Matrix;
}

/**
 * Noisy top-k gating for a batch `x` (tokens × d).
 *
 * $$H(x)_i = (x W_g)_i + \mathrm{StandardNormal}() \cdot \mathrm{Softplus}\big((x W_{noise})_i\big),\qquad
 * G(x) = \mathrm{Softmax}\big(\mathrm{KeepTopK}(H(x), k)\big)$$
 *
 * The softmax over KeepTopK's −∞ entries equals the softmax of H renormalised over the kept top k.
 * Source: Shazeer et al. 2017, "Outrageously Large Neural Networks", arXiv:1701.06538, §2.1.
 */
export function noisyTopKGating(x: MatrixLike, p: NoisyGatingParams): NoisyGating {
  const { rows: tokens, cols: d } = checkMatrix(x, 'x');
  const { cols: numExperts } = checkMatrix(p.wGate, 'wGate', { rows: d });
  checkMatrix(p.wNoise, 'wNoise', { rows: d, cols: numExperts });
  checkInteger(p.k, 'k', 1, numExperts);
  const epsilon = p.noiseEpsilon ?? 0;
  checkNonNegative(epsilon, 'noiseEpsilon');
  const noise = p.noise;
  if (noise !== undefined && typeof noise !== 'function') checkMatrix(noise, 'noise', { rows: tokens, cols: numExperts });
  const clean = matmul(x, p.wGate);
  const noiseStd = matmul(x, p.wNoise).map((row) => row.map((v) => softplus(v) + epsilon));
  const logits = clean.map((row, t) =>
    row.map((c, i) => {
      if (noise === undefined) return c;
      const z = typeof noise === 'function' ? noise() : noise[t][i];
      if (!Number.isFinite(z)) throw new RangeError(`noise for token ${t}, expert ${i} must be finite, got ${z}`);
      return c + z * noiseStd[t][i];
    }),
  );
  const indices = logits.map((h) => rankDescending(h).slice(0, p.k));
  const gates = logits.map((h, t) => {
    const kept = new Set(indices[t]);
    return softmaxChecked(h.map((v, i) => (kept.has(i) ? v : -Infinity)), `logits[${t}]`);
  });
  return { clean, noiseStd, logits, indices, gates };
}
