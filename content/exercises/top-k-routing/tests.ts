import { routeTopK } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number, boolean][] = [
  [[[2, 1, 0, -1]], 2, false],
  [[[0.5, 2, -1], [3, 3, 0]], 1, false],
  [[[1, 2, 3, 4], [4, 3, 2, 1], [0, 0, 0, 0]], 2, false],
  [[[10, 0, 0, 0, 9, 0, 0, 0]], 2, true],
  [[[0.1, -0.3, 0.7, 0.2, -1.2]], 3, true],
  [[[1, -1], [-2, 5], [0, 0]], 2, true],
  [[[1000, 999, 0]], 2, true],
];

export const tests: ExerciseTest[] = cases.map(([logits, k, hidden]) => {
  const { indices, weights } = routeTopK(logits, k);
  return { call: 'routeTopK', args: [logits, k], expected: { indices, weights }, hidden };
});
