import type { Matrix, VectorLike } from './types';
import { createRandom } from './random';
import { softmax } from './softmax';
import { checkInteger, checkPositive } from './validate';

/**
 * Variance of a dot product q·k of length d_k when the components are independent with mean 0
 * and variances σ_q², σ_k²: each term has variance σ_q²σ_k², and the d_k terms add.
 *
 * $$\mathrm{Var}(q\cdot k) = d_k\,\sigma_q^2\sigma_k^2$$
 *
 * Source: Vaswani et al. 2017 (arXiv:1706.03762), §3.2.1, footnote 4 (σ = 1: variance d_k).
 */
export function dotProductVariance(dK: number, varQ = 1, varK = 1): number {
  checkInteger(dK, 'dK', 1);
  checkPositive(varQ, 'varQ');
  checkPositive(varK, 'varK');
  return dK * varQ * varK;
}

/**
 * The Jacobian of the softmax, $\partial p_i/\partial z_j = p_i(\delta_{ij} - p_j)$, i.e.
 * $J = \mathrm{diag}(p) - pp^\top$. When p is nearly one-hot every entry is nearly 0: a saturated
 * softmax passes almost no gradient back to its logits.
 */
export function softmaxJacobian(z: VectorLike): Matrix {
  const p = softmax(z);
  return p.map((pi, i) => p.map((pj, j) => (i === j ? pi * (1 - pi) : -pi * pj)));
}

/** Means over many draws of what the 1/√d_k factor changes (unscaled vs divided by √d_k). */
export interface ScalingStudy {
  dK: number;
  keys: number;
  draws: number;
  /** mean over draws of the standard deviation (ddof = 0) of a row's scores q·k_j */
  scoreStd: { unscaled: number; scaled: number };
  /** mean over draws of the row's largest attention weight */
  maxWeight: { unscaled: number; scaled: number };
  /** mean over draws of the largest |∂p_i/∂z_j|: how much gradient the logits can still receive */
  maxJacobian: { unscaled: number; scaled: number };
}

function std(x: readonly number[]): number {
  const mean = x.reduce((s, v) => s + v, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length);
}

function maxAbs(m: Matrix): number {
  return Math.max(...m.flat().map(Math.abs));
}

/**
 * The experiment behind Vaswani et al.'s §3.2.1, seeded: `draws` times, draw one query and `keys`
 * keys with independent N(0, 1) components of length d_k, and average the spread of the scores,
 * the largest softmax weight and the largest softmax-Jacobian entry, with raw scores q·k and with
 * q·k/√d_k. Raw scores spread like √d_k, so the softmax saturates and its gradient vanishes.
 */
export function scalingStudy(dK: number, keys: number, draws: number, seed: number): ScalingStudy {
  checkInteger(dK, 'dK', 1, 4096);
  checkInteger(keys, 'keys', 2, 256);
  checkInteger(draws, 'draws', 1, 1000);
  const rng = createRandom(seed);
  const vector = (): number[] => Array.from({ length: dK }, () => rng.normal());
  const sums = { stdU: 0, stdS: 0, wU: 0, wS: 0, jU: 0, jS: 0 };
  for (let draw = 0; draw < draws; draw++) {
    const q = vector();
    const raw = Array.from({ length: keys }, () => {
      const k = vector();
      return q.reduce((s, v, i) => s + v * k[i], 0);
    });
    const scaled = raw.map((s) => s / Math.sqrt(dK));
    sums.stdU += std(raw);
    sums.stdS += std(scaled);
    sums.wU += Math.max(...softmax(raw));
    sums.wS += Math.max(...softmax(scaled));
    sums.jU += maxAbs(softmaxJacobian(raw));
    sums.jS += maxAbs(softmaxJacobian(scaled));
  }
  return {
    dK,
    keys,
    draws,
    scoreStd: { unscaled: sums.stdU / draws, scaled: sums.stdS / draws },
    maxWeight: { unscaled: sums.wU / draws, scaled: sums.wS / draws },
    maxJacobian: { unscaled: sums.jU / draws, scaled: sums.jS / draws },
  };
}
