import { scaledDotProductAttention } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number[][], number[][], boolean][] = [
  [[[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 2], [3, 4]], false],
  [[[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1], [2, 2]], false],
  [[[2, 0], [0, 2], [1, -1], [0.5, 0.5]], [[1, 0], [0, 1], [-1, 0], [0, -1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]], true],
  [[[0.3, -0.2, 0.9], [1.5, 0.1, -0.4], [0, 0, 1]], [[1, 1, 1], [0, 2, 0], [3, 0, -1]], [[1], [2], [3]], true],
];

export const tests: ExerciseTest[] = cases.map(([q, k, v, hidden]) => ({
  call: 'causalAttention',
  args: [q, k, v],
  expected: scaledDotProductAttention(q, k, v, 'causal').output,
  tolerance: 1e-5,
  hidden,
}));
