import { softmax } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const visible = [[1, 2, 3], [1000, 1001, 1002], [0, 0, 0, 0]];
const hidden = [[5], [-1000, 0, 1000], [3.5, -2, 0.25, 7, 7], [-745, -746]];

export const tests: ExerciseTest[] = [
  ...visible.map((x) => ({ call: 'softmax', args: [x], expected: softmax(x) })),
  ...hidden.map((x) => ({ call: 'softmax', args: [x], expected: softmax(x), hidden: true })),
];
