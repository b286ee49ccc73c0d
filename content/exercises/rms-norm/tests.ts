import { rmsNorm } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[], number[], number, boolean, string][] = [
  [[3, 4], [1, 1], 1e-6, false, 'rms of [3, 4] is √12.5'],
  [[1, 2, 3, 4], [0.5, 1, 1.5, 2], 1e-6, false, 'a gain per coordinate'],
  [[2, 2, 2], [1, 1, 1], 1e-6, true, 'a constant vector is not centred to 0 (LayerNorm would give 0)'],
  [[0, 0, 0, 0], [1, 2, 3, 4], 1e-6, true, 'a zero vector stays 0'],
  [[0.001, -0.002, 0.0015], [1, 1, 1], 1e-5, true, 'tiny inputs: ε matters (mean square ≈ 2.4e-6)'],
  [[100, -300, 50, 7, -2], [1, -1, 2, 0.5, 3], 1e-6, true, 'large inputs, negative gain'],
  [[-5], [2], 1e-6, true, 'one coordinate: ±gain'],
];

export const tests: ExerciseTest[] = cases.map(([x, gain, eps, hidden, note]) => ({ call: 'rmsNorm', args: [x, gain, eps], expected: rmsNorm(x, gain, eps), tolerance: 1e-9, hidden, note }));
