import { expertCounts, routeWithBias, updateBias } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

/** The loop as lib/math computes it: route with the current bias, count, update. */
function expected(batches: number[][][], k: number, gamma: number) {
  const n = batches[0][0].length;
  let bias = new Array<number>(n).fill(0);
  const loads: number[][] = [];
  const gates: number[][][] = [];
  for (const batch of batches) {
    const route = routeWithBias(batch, bias, k);
    const load = expertCounts(route.indices, n);
    loads.push(load);
    gates.push(route.weights);
    bias = updateBias(bias, load, gamma);
  }
  return { loads, gates, bias };
}

// expert 0 is everyone's favourite: the bias must push tokens to the others, batch after batch
const skewed = [
  [[0.9, 0.5, 0.4], [0.8, 0.45, 0.5], [0.95, 0.3, 0.35], [0.7, 0.6, 0.2]],
  [[0.9, 0.5, 0.4], [0.8, 0.45, 0.5], [0.95, 0.3, 0.35], [0.7, 0.6, 0.2]],
  [[0.9, 0.5, 0.4], [0.8, 0.45, 0.5], [0.95, 0.3, 0.35], [0.7, 0.6, 0.2]],
];
const four = [
  [[0.6, 0.55, 0.3, 0.2], [0.65, 0.5, 0.4, 0.1], [0.5, 0.52, 0.45, 0.3]],
  [[0.7, 0.2, 0.45, 0.4], [0.6, 0.3, 0.5, 0.45], [0.55, 0.5, 0.35, 0.49]],
  [[0.62, 0.58, 0.33, 0.31], [0.4, 0.41, 0.39, 0.38], [0.9, 0.1, 0.2, 0.3]],
  [[0.5, 0.5, 0.5, 0.5], [0.3, 0.6, 0.2, 0.55], [0.45, 0.44, 0.43, 0.42]],
];

const cases: [number[][][], number, number, boolean, string][] = [
  [skewed.slice(0, 1), 1, 0.1, false, 'one batch: route with b = 0, then update'],
  [skewed, 1, 0.2, false, 'three batches: the bias moves tokens off expert 0'],
  [four, 2, 0.05, true, 'top-2 of 4 experts over four batches'],
  [four, 2, 0, true, 'γ = 0: the bias never moves'],
  [[[[0.5, 0.5], [0.5, 0.5]], [[0.5, 0.5], [0.5, 0.5]]], 1, 0.1, true, 'ties go to the lower id until the bias breaks them'],
  [four, 1, 0.3, true, 'a large step: the bias overshoots and swings back'],
];

export const tests: ExerciseTest[] = cases.map(([batches, k, gamma, hidden, note]) => ({ call: 'balanceLoop', args: [batches, k, gamma], expected: expected(batches, k, gamma), tolerance: 1e-9, hidden, note }));
