import { moeCombine } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

type Case = [expertOutputs: number[][][], weights: number[][], hidden: boolean, note?: string];

const cases: Case[] = [
  [[[[1, 2]], [[10, 20]]], [[0.75, 0.25]], false],
  [[[[1, 0], [0, 1]], [[2, 2], [3, 3]], [[-1, 5], [4, -4]]], [[0, 1, 0], [0.5, 0, 0.5]], false],
  [[[[1, 2, 3]], [[4, 5, 6]]], [[1, 0]], true],
  [[[[0.5], [1.5], [-2]], [[1], [1], [1]], [[3], [0], [2]], [[-1], [-1], [-1]]], [[0.2, 0.8, 0, 0], [0, 0, 0.6, 0.4], [0.25, 0.25, 0.25, 0.25]], true],
  // Switch top-1 multiplies by p_i itself (no renormalisation), and a token every expert dropped
  // has no weight at all: dividing by the row's sum would give [4, 8] and NaN here.
  [[[[2, 4], [1, 1]], [[6, 8], [3, 3]]], [[0.6, 0], [0, 0]], false, 'Switch top-1 keeps its gate 0.6 as it is; a dropped token (all weights 0) gets zeros'],
  [[[[1, -1], [2, 0], [5, 5]], [[0, 3], [-2, 4], [1, 1]], [[7, 7], [1, 2], [0, 0]]], [[0, 0.45, 0], [0.3, 0.2, 0], [0, 0, 0]], true],
];

export const tests: ExerciseTest[] = cases.map(([outs, w, hidden, note]) => ({ call: 'moeCombine', args: [outs, w], expected: moeCombine(outs, w), hidden, ...(note ? { note } : {}) }));
