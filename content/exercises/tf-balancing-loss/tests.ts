import { loadBalancingLoss, routeTopK } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number, boolean][] = [
  [[[2, 0], [0, 2]], 1, false],
  [[[3, 0, 0.5, 0.2], [2, 1, 0.3, 0], [4, 0.1, 1, 0.2]], 1, false],
  [[[1, 2, 0.5, 0], [0.2, 0, 2, 1]], 2, false],
  [[[0.3, -1, 2, 0.5, 0.1], [1, 1.5, -0.5, 0.2, 0], [-2, 0.2, 0.4, 3, 1]], 2, true],
  [[[5, 1, 0], [4, 2, 1], [0, 6, 1], [1, 0, 7]], 1, true],
];

export const tests: ExerciseTest[] = cases.map(([logits, k, hidden]) => {
  const { probs, indices } = routeTopK(logits, k);
  return { call: 'balancingLoss', args: [logits, k], expected: loadBalancingLoss(probs, indices, logits[0].length), tolerance: 1e-5, hidden };
});
