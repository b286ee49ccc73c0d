import { routeTopK } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number, boolean][] = [
  [[[2, 1, 0, -1]], 2, false],
  [[[0.5, 2, -1], [3, 1, 0]], 1, false],
  [[[1, 2, 3, 4], [4, 3, 2.5, 1], [0.1, 0.4, 0.3, 0.2]], 2, false],
  [[[10, 0, 0.5, 0, 9, 0.2, 0.1, 0.3]], 2, true],
  [[[0.1, -0.3, 0.7, 0.2, -1.2]], 3, true],
  [[[50, 49, 0], [-3, 4, 1]], 2, true],
];

export const tests: ExerciseTest[] = cases.map(([logits, k, hidden]) => ({
  call: 'topKGating',
  args: [logits, k],
  expected: routeTopK(logits, k).weights,
  tolerance: 1e-5,
  hidden,
}));
