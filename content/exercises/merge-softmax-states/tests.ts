import { mergeSoftmaxStates, softmaxState } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

/** The states of keys [0, split) and [split, n) of one row of scores and values. */
function halves(scores: number[], values: number[][], split: number) {
  return [softmaxState(scores.slice(0, split), values.slice(0, split)), softmaxState(scores.slice(split), values.slice(split))] as const;
}

const cases: [number[], number[][], number, boolean, string][] = [
  [[1, 3, 0.5, 4], [[1, 0], [0, 1], [2, 2], [-1, 1]], 2, false, 'the second half raises the max (3 → 4)'],
  [[4, 1, 3, 0.5], [[-1, 1], [1, 0], [0, 1], [2, 2]], 2, false, 'the first half holds the max'],
  [[2, 2, 2], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1, true, 'equal maxima on both sides'],
  [[1000, 1001, 999, 1002.5], [[1], [2], [3], [4]], 2, true, 'scores near 1000: only differences may be exponentiated'],
  [[-1000, -999.5, 3, -2], [[1, -1], [2, -2], [3, -3], [4, -4]], 2, true, 'one side is negligible next to the other'],
  [[0.3, -0.7, 1.1, 0.2, -1.5], [[0.5, 1], [-1, 2], [0, 0], [3, -1], [1, 1]], 4, true, 'unequal slices (4 keys and 1)'],
];

export const tests: ExerciseTest[] = cases.map(([scores, values, split, hidden, note]) => {
  const [a, b] = halves(scores, values, split);
  return { call: 'mergeStates', args: [a, b], expected: mergeSoftmaxStates(a, b), tolerance: 1e-9, hidden, note };
});
