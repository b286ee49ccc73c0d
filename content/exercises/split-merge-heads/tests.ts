import { mergeHeads, splitHeads } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const x1 = [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]];
const x2 = [[0.5, -1, 2, 0], [3, 1, -2, 4], [0, 0, 1, 1]];
const x3 = [[1, 2, 3, 4, 5, 6, 7, 8]];

export const tests: ExerciseTest[] = [
  { call: 'splitHeads', args: [x1, 3], expected: splitHeads(x1, 3) },
  { call: 'splitHeads', args: [x2, 2], expected: splitHeads(x2, 2) },
  { call: 'mergeHeads', args: [splitHeads(x1, 2)], expected: x1 },
  { call: 'splitHeads', args: [x3, 4], expected: splitHeads(x3, 4), hidden: true },
  { call: 'splitHeads', args: [x2, 1], expected: splitHeads(x2, 1), hidden: true },
  { call: 'mergeHeads', args: [splitHeads(x2, 4)], expected: mergeHeads(splitHeads(x2, 4)), hidden: true },
  { call: 'mergeHeads', args: [[[[1, 2]], [[3, 4]], [[5, 6]]]], expected: mergeHeads([[[1, 2]], [[3, 4]], [[5, 6]]]), hidden: true },
];
