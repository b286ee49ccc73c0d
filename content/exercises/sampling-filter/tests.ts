import { createRandom, sampleIndex, samplingDistribution } from '@/lib/math';
import type { ExerciseTest, RandomArg } from '@/lib/exercises/types';

interface Options {
  temperature: number;
  topK: number;
  topP: number;
}

/** One uniform drawn by createRandom(seed), as the generator argument the harness replays. */
function draw(seed: number): { arg: RandomArg; u: number } {
  const u = createRandom(seed).next();
  return { arg: { $random: { seed, draws: [u] } }, u };
}

const LOG = [Math.log(0.5), Math.log(0.3), Math.log(0.2)];
const distributions: [number[], Options, boolean, string][] = [
  [[2, 1, 0, 0], { temperature: 1, topK: 3, topP: 0.9 }, false, 'top-k 3 (the tie at 0 keeps the lower id), then top-p 0.9 on the renormalised three'],
  [[0.5, -1, 3], { temperature: 1, topK: 10, topP: 1 }, false, 'k ≥ V and p = 1 keep everything'],
  [[2, 0, 1, -1], { temperature: 2, topK: 4, topP: 1 }, true, 'temperature 2 divides the logits'],
  [[1, 0.9, 0], { temperature: 0.001, topK: 3, topP: 1 }, true, 'a tiny temperature is nearly greedy'],
  [LOG, { temperature: 1, topK: 3, topP: 0.8 }, true, 'probabilities 0.5, 0.3, 0.2 with p = 0.8: 0.5 + 0.3 reaches it despite rounding'],
  [[0, 5, 1], { temperature: 1, topK: 3, topP: 1e-9 }, true, 'a tiny p still keeps the top token'],
  [[3, 3, 3, 1], { temperature: 1, topK: 2, topP: 1 }, true, 'a three-way tie cut to two keeps the two lower ids'],
  [[1, 2, 3, 4, 5], { temperature: 1.5, topK: 4, topP: 0.7 }, true, 'all three steps at once'],
];

const samples: [number[], Options, number, boolean, string][] = [
  [[1, 2, 0.5, 0], { temperature: 1, topK: 4, topP: 1 }, 7, false, 'plain sampling'],
  [[1, 2, 0.5, 0], { temperature: 1, topK: 2, topP: 1 }, 3, true, 'ids cut by top-k can never be drawn'],
  [[0.2, 0.1, 0.3, 0, -0.2], { temperature: 1.5, topK: 5, topP: 0.6 }, 11, true, 'sampling inside the nucleus, in id order'],
  [[0.2, 0.1, 0.3, 0, -0.2], { temperature: 1.5, topK: 5, topP: 0.6 }, 42, true, 'another draw'],
  [[4, 4, 0], { temperature: 1, topK: 3, topP: 1 }, 2024, true, 'a tie between ids 0 and 1'],
];

export const tests: ExerciseTest[] = [
  ...distributions.map(([logits, options, hidden, note]) => ({
    call: 'samplingDistribution',
    args: [logits, options],
    expected: samplingDistribution(logits, options),
    tolerance: 1e-9,
    hidden,
    note,
  })),
  ...samples.map(([logits, options, seed, hidden, note]) => {
    const { arg, u } = draw(seed);
    return { call: 'sampleToken', args: [logits, options, arg], expected: sampleIndex(samplingDistribution(logits, options), u), hidden, note: `${note} (u = ${u.toFixed(4)})` };
  }),
];
