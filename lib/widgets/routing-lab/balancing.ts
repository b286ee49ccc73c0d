import { expertCounts, loadBalancingLoss, maxOverMean, routeWithBias, updateBias, type Matrix } from '@/lib/math';

/** The state after `step` bias updates: the bias, the load it produces and how uneven that load is. */
export interface BalancingStep {
  step: number;
  bias: number[];
  /** routed assignments per expert with this bias (before any capacity limit: DeepSeek-V3 drops none) */
  load: number[];
  /** busiest expert's load over the mean load (1 = perfectly even) */
  maxOverMean: number;
  /** N·Σ_slot Σ_e f·P for the biased selection, with P from the unbiased probabilities */
  balanceLoss: number;
}

/**
 * Auxiliary-loss-free balancing replayed on one batch: select with `routeWithBias`, count each
 * expert's load, then `updateBias` (b_i −= γ if overloaded, += γ if underloaded), `steps` times.
 * Returns steps + 1 states (step 0 is the unbiased router). `probs` are the router's affinities,
 * tokens × N. Sources: Wang et al. 2024 (arXiv:2408.15664); DeepSeek-V3 (arXiv:2412.19437), §2.1.2.
 */
export function simulateBiasBalancing(probs: Matrix, k: number, renormalize: boolean, gamma: number, steps: number): BalancingStep[] {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be an integer ≥ 0, got ${steps}`);
  const numExperts = probs[0].length;
  let bias = new Array<number>(numExperts).fill(0);
  const history: BalancingStep[] = [];
  for (let step = 0; step <= steps; step++) {
    const { indices } = routeWithBias(probs, bias, k, renormalize);
    const load = expertCounts(indices, numExperts);
    history.push({ step, bias, load, maxOverMean: maxOverMean(load), balanceLoss: loadBalancingLoss(probs, indices, numExperts) });
    if (step < steps) bias = updateBias(bias, load, gamma);
  }
  return history;
}
