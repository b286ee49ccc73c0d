import { scaledDotProductAttention } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number[][], number[][], boolean, boolean][] = [
  [[[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]], false, false],
  [[[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1], [2, 2]], true, false],
  [[[0.5, -1, 2, 0]], [[1, 1, 1, 1], [0, 2, 0, -2], [3, 0, 0, 1]], [[1], [2], [3]], false, false],
  [[[2, 0], [0, 2], [1, -1], [0.5, 0.5]], [[1, 0], [0, 1], [-1, 0], [0, -1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]], true, true],
  [[[1, 2, 3], [3, 2, 1]], [[0, 0, 1], [1, 0, 0]], [[5, -5], [-5, 5]], false, true],
  [[[30, 0], [0, 30], [30, 30]], [[30, 0], [0, 30], [1, 1]], [[1, 0], [0, 1], [0.5, 0.5]], true, true],
];

export const tests: ExerciseTest[] = cases.map(([q, k, v, causal, hidden]) => ({
  call: 'attention',
  args: [q, k, v, causal],
  expected: scaledDotProductAttention(q, k, v, causal ? 'causal' : undefined).output,
  hidden,
}));
