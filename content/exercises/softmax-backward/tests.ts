import { softmaxBackward } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[], number[], boolean, string][] = [
  [[0, 0], [1, 0], false, 'two equal logits: [1/4, −1/4]'],
  [[1, 2, 3], [0.5, -1, 2], false, 'three logits'],
  [[3, 1, 4, 1, 5], [2, 2, 2, 2, 2], true, 'a constant upstream gradient gives 0'],
  [[1000, 1001, 999], [1, 0, -1], true, 'large logits: the forward softmax must subtract the max'],
  [[0.2, 1.5, -1, 0.7], [1, -2, 0.5, 3], true, 'against finite differences'],
  [[7], [3], true, 'one logit: the softmax is constant 1'],
  [[-2, 0.5, 0.5, 4, -1, 2], [0.1, -0.3, 0.7, -0.2, 1.5, -1], true, 'six logits with a tie'],
];

export const tests: ExerciseTest[] = cases.map(([x, g, hidden, note]) => ({ call: 'softmaxBackward', args: [x, g], expected: softmaxBackward(x, g), tolerance: 1e-9, hidden, note }));
