import { layerNormBackward } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[], number[], number[], number, boolean, string][] = [
  [[0.5, -1.2, 2.0, 0.3], [1, 1, 1, 1], [0.7, -0.4, 1.1, 0.25], 1e-5, false, 'unit gain'],
  [[1, 2, 3], [0.5, -1, 2], [1, 0, -1], 1e-5, false, 'a gain per coordinate'],
  [[1, -1], [1, 1], [1, 0], 1e-12, true, 'd = 2: x̂ = ±1 whatever x, so dx = 0'],
  [[3, 3, 3.001, 2.999], [1, 2, 1, 2], [0.3, -0.2, 0.5, 0.1], 1e-5, true, 'a nearly constant row: ε dominates the variance'],
  [[100, -50, 25, 0, 10], [1.5, 0.5, -1, 2, 1], [-0.2, 0.4, 0.1, -0.3, 0.6], 1e-5, true, 'large inputs'],
  [[0.2, 0.4, -0.6, 1.0, -1.0, 0.0], [1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2], 1e-5, true, 'a constant upstream gradient: dx = 0'],
];

export const tests: ExerciseTest[] = cases.map(([x, gain, g, eps, hidden, note]) => ({ call: 'layerNormBackward', args: [x, gain, g, eps], expected: layerNormBackward(x, gain, g, eps), tolerance: 1e-9, hidden, note }));
