import { expertChoice, softmaxRows } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number, boolean][] = [
  [softmaxRows([[2, 0], [0, 2], [1, 1], [3, 0]]), 2, false],
  [[[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.5, 0.1, 0.4]], 1, false],
  [[[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]], 2, false],
  [softmaxRows([[0.1, 1.2, -0.3, 0.8], [2.0, -1.0, 0.5, 0.0], [0.3, 0.3, 2.2, -0.4], [-1.0, 0.9, 0.1, 1.7], [0.0, 0.0, 0.0, 0.0], [1.1, 0.4, -0.2, 0.6]]), 3, true],
  [[[0.2, 0.8], [0.2, 0.8], [0.9, 0.1]], 3, true],
  [[[1]], 1, true],
];

export const tests: ExerciseTest[] = cases.map(([probs, capacity, hidden]) => ({ call: 'expertChoice', args: [probs, capacity], expected: expertChoice(probs, capacity), hidden }));
