import { routerZLoss } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], boolean][] = [
  [[[0, 0]], false],
  [[[1, 2, 3], [0, -1, 1]], false],
  [[[800, 790, 0]], false],
  [[[-3, -3, -3, -3]], true],
  [[[0.5, 1.5], [2.5, -0.5], [10, 12]], true],
  [[[1000, 1000], [-1000, -999]], true],
];

export const tests: ExerciseTest[] = cases.map(([logits, hidden]) => ({ call: 'routerZLoss', args: [logits], expected: routerZLoss(logits), hidden }));
