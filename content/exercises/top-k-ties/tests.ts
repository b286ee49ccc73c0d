import { topK } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[], number, boolean][] = [
  [[0.1, 0.7, 0.2], 1, false],
  [[1, 3, 3, 2], 2, false],
  [[5, 5, 5], 2, false],
  [[2, -1, 4, 4, 0, 4], 3, true],
  [[-3, -1, -2], 3, true],
  [[0, 0, 0, 0, 1], 2, true],
  [[7], 1, true],
];

export const tests: ExerciseTest[] = cases.map(([x, k, hidden]) => ({ call: 'topK', args: [x, k], expected: topK(x, k), hidden }));
