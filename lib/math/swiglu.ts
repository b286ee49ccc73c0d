import type { MatrixLike, VectorLike } from './types';
import { sigmoid } from './activations';
import { checkInteger, checkMatrix, checkVector } from './validate';

/**
 * Swish with β = 1, also called SiLU: $\mathrm{Swish}_1(x) = x\,\sigma(x)$.
 *
 * Source: Ramachandran, Zoph & Le 2017, "Searching for Activation Functions", arXiv:1710.05941;
 * used inside SwiGLU by Shazeer 2020 (arXiv:2002.05202).
 */
export function silu(x: number): number {
  return x * sigmoid(x);
}

/**
 * The SwiGLU feed-forward block of one token vector (no biases, as in the paper):
 *
 * $$\mathrm{FFN}_{\mathrm{SwiGLU}}(x, W, V, W_2) = (\mathrm{Swish}_1(xW) \otimes xV)\,W_2$$
 *
 * `x` has length d; `w` (gate) and `v` (up) are d × h; `w2` (down) is h × d.
 * Source: Shazeer 2020, "GLU Variants Improve Transformer", arXiv:2002.05202, eq. 6.
 */
export function swiGluFfn(x: VectorLike, w: MatrixLike, v: MatrixLike, w2: MatrixLike): number[] {
  const d = checkVector(x, 'x');
  const { cols: h } = checkMatrix(w, 'w', { rows: d });
  checkMatrix(v, 'v', { rows: d, cols: h });
  const { cols: out } = checkMatrix(w2, 'w2', { rows: h });
  const hidden = Array.from({ length: h }, (_, j) => {
    let gate = 0;
    let up = 0;
    for (let i = 0; i < d; i++) {
      gate += x[i] * w[i][j];
      up += x[i] * v[i][j];
    }
    return silu(gate) * up;
  });
  return Array.from({ length: out }, (_, c) => hidden.reduce((s, a, j) => s + a * w2[j][c], 0));
}

/**
 * Hidden width of a SwiGLU FFN with the parameters of a 4d ReLU FFN: three d × h matrices instead
 * of two d × 4d ones, so $3dh = 2d\cdot4d$ gives $h = \frac23\cdot 4d = 8d/3$, floored, then rounded
 * up to a multiple of `multiple` (hardware-friendly sizes; Llama uses 256, giving 11008 for d = 4096).
 *
 * Sources: Shazeer 2020 (arXiv:2002.05202), §2: d_ff reduced by a factor of 2/3 "to keep the number
 * of parameters and the amount of computation constant"; Touvron et al. 2023, LLaMA
 * (arXiv:2302.13971), §2.2: "a dimension of 2/3 4d instead of 4d"; the rounding follows Llama's
 * reference implementation.
 */
export function swiGluHidden(dModel: number, multiple = 1): number {
  checkInteger(dModel, 'dModel', 1);
  checkInteger(multiple, 'multiple', 1);
  const raw = Math.floor((2 * 4 * dModel) / 3);
  return multiple * Math.ceil(raw / multiple);
}
