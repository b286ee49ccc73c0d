import { scaledDotProductAttention } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

type Case = [q: number[][], k: number[][], v: number[][], causal: boolean, hidden: boolean, note?: string];

const cases: Case[] = [
  [[[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]], false, false],
  [[[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1], [2, 2]], true, false],
  [[[0.5, -1, 2, 0]], [[1, 1, 1, 1], [0, 2, 0, -2], [3, 0, 0, 1]], [[1], [2], [3]], false, false],
  [[[2, 0], [0, 2], [1, -1], [0.5, 0.5]], [[1, 0], [0, 1], [-1, 0], [0, -1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]], true, true],
  [[[1, 2, 3], [3, 2, 1]], [[0, 0, 1], [1, 0, 0]], [[5, -5], [-5, 5]], false, true],
  [[[30, 0], [0, 30], [30, 30]], [[30, 0], [0, 30], [1, 1]], [[1, 0], [0, 1], [0.5, 0.5]], true, true],
  // Scaled scores up to 1600/√2 ≈ 1131: e^1131 is Infinity, so only a softmax that subtracts the
  // row's max stays finite (the case above peaks at 900/√2 ≈ 636, which e^x still survives).
  [[[40, 0], [0, 40]], [[40, 0], [0, 40], [39, 1]], [[1, 0], [0, 1], [2, 2]], false, false, 'scores above 1,000: e^s overflows unless you subtract the row max first'],
  [[[0, 40], [40, 1], [40, 40]], [[0, 40], [40, 0], [-40, 40]], [[1], [2], [3]], true, true],
];

export const tests: ExerciseTest[] = cases.map(([q, k, v, causal, hidden, note]) => ({
  call: 'attention',
  args: [q, k, v, causal],
  expected: scaledDotProductAttention(q, k, v, causal ? 'causal' : undefined).output,
  hidden,
  ...(note ? { note } : {}),
}));
