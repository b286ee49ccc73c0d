import { bootstrapSample, createRandom } from '@/lib/math';
import type { ExerciseTest, RandomArg } from '@/lib/exercises/types';

/** The generator createRandom(seed) as test data: the uniforms it draws, replayed in order. */
function seeded(seed: number, count: number): RandomArg {
  const random = createRandom(seed);
  return { $random: { seed, draws: Array.from({ length: count }, () => random.next()) } };
}

const cases: [number, number, boolean][] = [
  [5, 42, false],
  [8, 7, false],
  [1, 3, true],
  [12, 2024, true],
  [30, 1, true],
];

export const tests: ExerciseTest[] = cases.map(([n, seed, hidden]) => ({
  call: 'bootstrapSample',
  args: [n, seeded(seed, n)],
  expected: bootstrapSample(n, createRandom(seed)),
  hidden,
}));
