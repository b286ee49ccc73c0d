import { hardVote } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number[] | undefined, boolean][] = [
  [[[0, 1, 2], [0, 2, 2], [1, 1, 0]], undefined, false],
  [[[1], [0]], undefined, false],
  [[[0], [1], [1]], [3, 1, 1], false],
  [[[3, 5], [2, 5], [3, 2], [2, 1]], undefined, true],
  [[[0], [1], [1]], [2, 1, 1], true],
  [[[4, 4, 1], [1, 4, 0], [0, 3, 1], [4, 3, 0], [1, 0, 0]], [0.5, 1, 1, 0.25, 2], true],
];

export const tests: ExerciseTest[] = cases.map(([p, w, hidden]) => ({
  call: 'hardVote',
  args: w ? [p, w] : [p],
  expected: hardVote(p, w),
  hidden,
}));
