import { loadBalancingLoss, routeTopK } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number, boolean, string?][] = [
  [[[2, 0], [0, 2]], 1, false, 'balanced top-1 routing'],
  [[[3, 0, 0, 0], [2, 1, 0, 0], [4, 0, 1, 0]], 1, false, 'every token picks expert 0'],
  [[[1, 2, 0, 0], [0, 0, 2, 1]], 2, false],
  [[[0, 0, 0, 0], [0, 0, 0, 0]], 2, true, 'uniform probabilities give k'],
  [[[0.3, -1, 2, 0.5, 0.1], [1, 1.5, -0.5, 0, 0], [-2, 0.2, 0.4, 3, 1]], 2, true],
  [[[5, 1, 0], [4, 2, 1], [0, 6, 1], [1, 0, 7]], 1, true],
  [[[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1], [1, -1, 1.5, 0]], 3, true],
  // Token 0 ties experts 0 and 1; P_0 > P_1, so picking the higher id gives a different loss.
  [[[1, 1, 0], [2, 0, 0], [0, 0, 1]], 1, false, 'a tie goes to the lower expert id'],
  [[[0, 0, 0, 0], [1, 3, 3, 0], [2, 0, 1, 0]], 2, true],
];

export const tests: ExerciseTest[] = cases.map(([logits, k, hidden, note]) => {
  const { probs, indices } = routeTopK(logits, k);
  return { call: 'loadBalancingLoss', args: [logits, k], expected: loadBalancingLoss(probs, indices, logits[0].length), hidden, ...(note ? { note } : {}) };
});
