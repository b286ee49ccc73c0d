import { dispatchWithCapacity, expertCapacity } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

const cases: [number[][], number, number, boolean, string?][] = [
  [[[0], [0], [0], [1]], 2, 1, false, 'C = 2: the third token for expert 0 is dropped'],
  [[[0, 1], [0, 2], [1, 0], [0, 1]], 3, 1, false, 'second choices wait until every first choice is placed'],
  [[[2], [2], [2], [2], [0], [1]], 3, 1.5, false],
  [[[0], [0], [0], [0], [0], [0], [0], [0], [0], [0]], 1, 1.1, true, 'C = ceil(1.1 · 10 / 1) = 11, not 12'],
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
