import { tokenCrossEntropy } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const IGNORE = -100;

const cases: [number[][], number[], number, boolean, string][] = [
  [[[2, 0, -1], [0.5, 0.5, 3]], [0, 1], 0, false, 'plain cross-entropy: the mean of two positions'],
  [[[1, 2], [9, -9], [0, 0]], [1, IGNORE, 0], 0, false, 'the middle position is ignored: N = 2'],
  [[[3, 1, 0]], [0], 0.2, true, 'label smoothing 0.2 on one position'],
  [[[0, 0, 0, 0], [1, -1, 0.5, 2]], [2, 3], 0.1, true, 'uniform logits: ln V whatever ε'],
  [[[0.3, -1, 2, 0.1], [1, 1, 0.5, -2], [4, -4, 0, 0], [0.2, 0.1, 0, -0.1]], [2, IGNORE, 0, IGNORE], 0.1, true, 'smoothing and ignored rows together'],
  [[[1000, -1000, 0], [-1000, 1000, 0]], [0, 0], 0.1, true, 'logits of ±1000: log p from logsumexp, finite'],
  [[[IGNORE, 1, 2]], [1], 0, true, 'a logit that happens to equal ignoreIndex changes nothing'],
];

export const tests: ExerciseTest[] = cases.map(([logits, targets, labelSmoothing, hidden, note]) => ({
  call: 'crossEntropyLoss',
  args: [logits, targets, { ignoreIndex: IGNORE, labelSmoothing }],
  expected: tokenCrossEntropy(logits, targets, { ignoreIndex: IGNORE, labelSmoothing }),
  tolerance: 1e-9,
  hidden,
  note,
}));
