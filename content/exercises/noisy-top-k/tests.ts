import { noisyTopKGating } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

type Case = { x: number[][]; wGate: number[][]; wNoise: number[][]; noise: number[][]; k: number; hidden: boolean; note?: string };

const cases: Case[] = [
  { x: [[1, 0]], wGate: [[1, 0, -1], [0, 1, 0]], wNoise: [[0, 0, 0], [0, 0, 0]], noise: [[0, 0, 0]], k: 2, hidden: false, note: 'zero noise: plain top-2 of x·W_g' },
  { x: [[1, 2]], wGate: [[0.5, -0.5, 0], [0.1, 0.2, 0.3]], wNoise: [[1, 0, -1], [0, 1, 0.5]], noise: [[0.3, -1.2, 2.0]], k: 1, hidden: false },
  { x: [[0, 0], [1, -1]], wGate: [[0, 0, 0, 0], [0, 0, 0, 0]], wNoise: [[0, 0, 0, 0], [0, 0, 0, 0]], noise: [[0.5, 1.5, -0.2, 0.1], [-1, 0.4, 0.9, 0]], k: 2, hidden: false, note: 'W_g = W_noise = 0 (the paper’s init): only the noise differs' },
  { x: [[0.2, -0.4, 1.0]], wGate: [[1, 2, 0, -1], [0, 1, 1, 0], [2, -1, 0.5, 0]], wNoise: [[0.5, 0.5, 0.5, 0.5], [-1, 0, 1, 2], [0, 0, -3, 1]], noise: [[1.1, -0.7, 0.05, 2.2]], k: 3, hidden: true },
  { x: [[3, 1], [-2, 0.5], [0, 0]], wGate: [[0.3, -0.1], [0.2, 0.4]], wNoise: [[-0.5, 0.5], [1, 1]], noise: [[0, 1], [-1.5, 0.5], [2, -2]], k: 1, hidden: true },
  { x: [[40, -40]], wGate: [[1, 0, 0], [0, 1, 0]], wNoise: [[1, -1, 0], [0, 1, 0]], noise: [[1, 1, 1]], k: 2, hidden: true },
  // x·W_noise = 800: Math.log(1 + Math.exp(800)) is Infinity, while softplus(800) = 800.
  { x: [[1]], wGate: [[0, 1, 2]], wNoise: [[800, -800, 0]], noise: [[0.5, 1, -1]], k: 2, hidden: false, note: 'x·W_noise = 800: log(1 + e^800) overflows; needs a stable softplus' },
  // H ≈ 750: Math.exp(750) is Infinity, so the softmax must subtract the row max.
  { x: [[1]], wGate: [[750, 749, 0]], wNoise: [[0, 0, 0]], noise: [[0.2, -0.1, 1]], k: 2, hidden: true, note: 'H ≈ 750: e^750 overflows; needs a stable softmax' },
  // H = [1, 1, 1, 0] with zero noise: three experts tie for two places, and the lower ids win.
  { x: [[1, 1]], wGate: [[1, 0, 1, 0], [0, 1, 0, 0]], wNoise: [[0, 0, 0, 0], [0, 0, 0, 0]], noise: [[0, 0, 0, 0]], k: 2, hidden: true, note: 'a tie in H keeps the lower expert ids' },
  { x: [[2, 1], [0.5, -3]], wGate: [[400, -1, 0], [0, 300, 1]], wNoise: [[-400, 0.1, 0], [1, 0, -500]], noise: [[1, 2, -0.5], [-1, 0.3, 1]], k: 2, hidden: true },
];

export const tests: ExerciseTest[] = cases.map(({ x, wGate, wNoise, noise, k, hidden, note }) => ({
  call: 'noisyTopKGating',
  args: [x, wGate, wNoise, noise, k],
  expected: noisyTopKGating(x, { wGate, wNoise, noise, k }).gates,
  hidden,
  ...(note ? { note } : {}),
}));
