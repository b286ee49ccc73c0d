import { argmax, softVote } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][][], number[] | undefined, boolean][] = [
  [[[[0.9, 0.1]], [[0.4, 0.6]], [[0.45, 0.55]]], undefined, false],
  [[[[0.2, 0.8], [0.6, 0.4]], [[0.7, 0.3], [0.1, 0.9]]], [3, 1], false],
  [[[[0.5, 0.5]], [[0.5, 0.5]]], undefined, true],
  [[[[0.1, 0.3, 0.6], [0.3, 0.3, 0.4]], [[0.5, 0.4, 0.1], [0.2, 0.7, 0.1]], [[0.2, 0.2, 0.6], [0.6, 0.2, 0.2]]], [1, 2, 0.5], true],
  [[[[1, 0, 0]], [[0, 1, 0]], [[0, 0, 1]]], [0, 0, 1], true],
];

export const tests: ExerciseTest[] = cases.map(([p, w, hidden]) => {
  const mean = softVote(p, w);
  return { call: 'softVote', args: w ? [p, w] : [p], expected: { mean, classes: mean.map((row) => argmax(row)) }, hidden };
});
