import { weightedAverage } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number[], boolean][] = [
  [[[1, 2], [3, 6]], [1, 1], false],
  [[[10], [20], [40]], [1, 2, 1], false],
  [[[1, 2, 3], [4, 5, 6]], [0.2, 0.2], true],
  [[[-1, 0.5], [2, 2], [0, -3], [5, 1]], [0, 3, 1, 0.5], true],
];

export const tests: ExerciseTest[] = cases.map(([p, w, hidden]) => ({ call: 'weightedAverage', args: [p, w], expected: weightedAverage(p, w), hidden }));
