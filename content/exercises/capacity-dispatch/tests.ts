import { dispatchWithCapacity, expertCapacity } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

/** 25 tokens, top-2: the first `crowd` tokens all pick expert 0 first, the rest spread over 1 … n−1. */
function crowded(numExperts: number, crowd: number): number[][] {
  const spread = (t: number) => 1 + (t % (numExperts - 1));
  return Array.from({ length: 25 }, (_, t) => (t < crowd ? [0, spread(t)] : [spread(t), spread(t + 1)]));
}

const cases: [number[][], number, number, boolean, string?][] = [
  [[[0], [0], [0], [1]], 2, 1, false, 'C = 2: the third token for expert 0 is dropped'],
  [[[0, 1], [0, 2], [1, 0], [0, 1]], 3, 1, false, 'second choices wait until every first choice is placed'],
  [[[2], [2], [2], [2], [0], [1]], 3, 1.5, false],
  [[[0], [0], [0], [0], [0], [0], [0], [0], [0], [0]], 1, 1.1, true, 'C = ceil(1.1 · 10 / 1) = 11'],
  // 1.1 · 25 · 2 / 11 is 5.000000000000001 in every order of the operations: a plain ceil gives 6.
  [crowded(11, 7), 11, 1.1, false, 'C = ceil(1.1 · 25 · 2 / 11) = 5: the float product lands just above 5'],
  // Left to right, 1.1 · 25 · 2 / 5 is 11.000000000000002 (1.1 · (25 · 2 / 5) happens to be 11).
  [crowded(5, 12), 5, 1.1, true, 'C = ceil(1.1 · 25 · 2 / 5) = 11'],
  [[[0], [1], [0], [1], [0], [0], [0], [1], [0], [1]], 2, 0.5, true],
  [[[1, 0], [1, 0], [1, 2], [0, 1], [2, 1], [1, 3]], 4, 1, true],
  [[[3, 2], [3, 1], [3, 0], [3, 2], [2, 3]], 4, 0.5, true],
  [[[0], [0], [0], [0]], 4, 1.25, true],
];

export const tests: ExerciseTest[] = cases.map(([indices, numExperts, cf, hidden, note]) => {
  const capacity = expertCapacity(indices.length, numExperts, indices[0].length, cf);
  const { kept, load } = dispatchWithCapacity(indices, numExperts, capacity);
  return { call: 'dispatch', args: [indices, numExperts, cf], expected: { capacity, kept, load }, hidden, ...(note ? { note } : {}) };
});
