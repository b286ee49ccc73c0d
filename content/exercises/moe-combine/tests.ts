import { moeCombine } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][][], number[][], boolean][] = [
  [[[[1, 2]], [[10, 20]]], [[0.75, 0.25]], false],
  [[[[1, 0], [0, 1]], [[2, 2], [3, 3]], [[-1, 5], [4, -4]]], [[0, 1, 0], [0.5, 0, 0.5]], false],
  [[[[1, 2, 3]], [[4, 5, 6]]], [[1, 0]], true],
  [[[[0.5], [1.5], [-2]], [[1], [1], [1]], [[3], [0], [2]], [[-1], [-1], [-1]]], [[0.2, 0.8, 0, 0], [0, 0, 0.6, 0.4], [0.25, 0.25, 0.25, 0.25]], true],
];

export const tests: ExerciseTest[] = cases.map(([outs, w, hidden]) => ({ call: 'moeCombine', args: [outs, w], expected: moeCombine(outs, w), hidden }));
