/**
 * Logistic sigmoid, computed without overflow for large |x|.
 *
 * $$\sigma(x) = \frac{1}{1 + e^{-x}}$$
 *
 * Source: DeepSeek-V3's token-to-expert affinity $s_{i,t} = \mathrm{Sigmoid}(u_t^\top e_i)$
 * (DeepSeek-AI 2024, arXiv:2412.19437, §2.1.2).
 */
export function sigmoid(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('x must be a number, got NaN');
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Softplus, computed without overflow for large |x|.
 *
 * $$\mathrm{softplus}(x) = \log(1 + e^{x}) = \max(x, 0) + \log(1 + e^{-|x|})$$
 *
 * Source: the noise scale $\mathrm{Softplus}((x\cdot W_{noise})_i)$ of noisy top-k gating
 * (Shazeer et al. 2017, arXiv:1701.06538, §2.1).
 */
export function softplus(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('x must be a number, got NaN');
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
