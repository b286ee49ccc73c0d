import type { MatrixLike } from './types';
import { rankDescending } from './top-k';
import { checkMatrix } from './validate';

/**
 * GShard's auxiliary load-balancing loss for a group of S tokens and E experts, coefficient not
 * included. `probs` is S × E (the gate softmax); $c_e$ counts tokens whose **first** choice
 * (argmax, ties to the lower id) is e, before any capacity drop; $m_e$ is the mean gate value.
 *
 * $$\ell_{aux} = \frac1E \sum_{e=1}^{E} \frac{c_e}{S}\, m_e,\qquad m_e = \frac1S \sum_s g_{s,e}$$
 *
 * Balanced routing gives $1/E^2$ (fairscale/DeepSpeed scale it by $E^2$ so balance gives 1).
 * Source: Lepikhin et al. 2020, GShard, arXiv:2006.16668, Algorithm 1.
 */
export function gshardAuxLoss(probs: MatrixLike): number {
  const { rows: groupSize, cols: numExperts } = checkMatrix(probs, 'probs');
  const firstChoice = new Array<number>(numExperts).fill(0);
  const meanGate = new Array<number>(numExperts).fill(0);
  for (const row of probs) {
    firstChoice[rankDescending(row)[0]] += 1;
    row.forEach((g, e) => (meanGate[e] += g / groupSize));
  }
  const sum = firstChoice.reduce((s, c, e) => s + (c / groupSize) * meanGate[e], 0);
  return sum / numExperts;
}
