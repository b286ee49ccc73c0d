import { perplexityFromLogits } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number[], boolean, string][] = [
  [[[0, 0, 0, 0], [5, 5, 5, 5]], [1, 3], false, 'uniform over 4 tokens: perplexity 4, 2 bits'],
  [[[2, 0.5, -1], [0, 1, 3], [1, 1, 0]], [0, 2, 1], false, 'three positions'],
  [[[0, 0], [Math.log(1 / 8), Math.log(7 / 8)]], [0, 0], true, 'p = 1/2 and 1/8: perplexity 4, not the mean 5 of 2 and 8'],
  [[[1000, 1001, 1002], [-1000, 0, 1000]], [2, 0], true, 'large logits: subtract the max'],
  [[[3, -2, 0.5, 1, 0]], [3], true, 'one position'],
  [[[0.1, 0.2], [0.3, -0.4], [2, 2], [-1, 1], [0, 0]], [1, 1, 0, 1, 0], true, 'five positions of a two-token vocabulary'],
];

export const tests: ExerciseTest[] = cases.map(([logits, targets, hidden, note]) => ({
  call: 'perplexity',
  args: [logits, targets],
  expected: perplexityFromLogits(logits, targets),
  tolerance: 1e-9,
  hidden,
  note,
}));
