import { ropeRelativeScore, ropeRotate } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const rotations: [number[], number, number, boolean, string][] = [
  [[1, 0], 1, 10000, false, 'd = 2: one pair, θ₀ = 1, a rotation by 1 radian'],
  [[1, 2, 3, 4], 3, 10000, false, 'd = 4: θ₁ = 10000^(−1/2) = 0.01'],
  [[0.5, -1, 2, 0.25, -0.75, 1.5], 0, 10000, true, 'position 0 changes nothing'],
  [[1, 0, 1, 0, 1, 0, 1, 0], 7, 100, true, 'base 100: θ_i = 100^(−i/4)'],
  [[0.3, 0.4, -0.2, 0.9], 1000, 10000, true, 'a far position: the fast pair has turned many times'],
];

// the scores RoPE must give: computed from the offset m − n alone (RoFormer §3.2)
const Q = [0.5, -1.2, 0.8, 0.3, -0.4, 1.1];
const K = [1.0, 0.2, -0.6, 0.9, 0.7, -0.3];
const scores: [number, number, number, boolean, string][] = [
  [2, 0, 10000, false, 'query at 2, key at 0'],
  [5, 3, 10000, true, 'offset 2 again at positions 5 and 3: the same score'],
  [105, 103, 10000, true, 'offset 2 at positions 105 and 103: still the same'],
  [3, 8, 10000, true, 'a negative offset (−5)'],
  [4, 4, 10000, true, 'offset 0: the plain dot product q·k'],
  [12, 1, 500, true, 'base 500'],
];

export const tests: ExerciseTest[] = [
  ...rotations.map(([x, position, base, hidden, note]) => ({ call: 'ropeRotate', args: [x, position, base], expected: ropeRotate(x, position, base), tolerance: 1e-9, hidden, note })),
  ...scores.map(([m, n, base, hidden, note]) => ({ call: 'ropeScore', args: [Q, m, K, n, base], expected: ropeRelativeScore(Q, K, m - n, base), tolerance: 1e-9, hidden, note })),
];
