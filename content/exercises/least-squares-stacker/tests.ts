import { leastSquares } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number[], boolean, string?][] = [
  [[[1, 2], [3, 1], [0, 1], [2, 2]], [1.75, 1.5, 0.75, 2], false, 'y = 0.25·model 0 + 0.75·model 1 exactly'],
  [[[1], [2], [3]], [2, 3, 7], false, 'one model: Σxy / Σx²'],
  [[[1, 0, 2], [0, 1, 1], [1, 1, 0], [2, 1, 1], [0, 3, 1]], [1, 2, 0.5, 3, -1], true],
  [[[0, 1], [1, 0], [1, 1]], [1, 1, 3], true],
  [[[2.1, 1.9, 2.4], [0.9, 1.2, 0.7], [3.2, 2.8, 3.5], [1.5, 1.4, 1.9], [2.6, 3.1, 2.2], [0.4, 0.8, 0.3]], [2, 1, 3, 1.6, 2.7, 0.5], true, 'three correlated regressors'],
];

export const tests: ExerciseTest[] = cases.map(([oof, y, hidden, note]) => ({
  call: 'fitStacker',
  args: [oof, y],
  expected: leastSquares(oof, y),
  tolerance: 1e-6,
  hidden,
  ...(note ? { note } : {}),
}));
