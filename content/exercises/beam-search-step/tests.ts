import { beamSearchStep } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

interface Beam {
  tokens: number[];
  logProb: number;
}

const ln = Math.log;
const logs = (rows: number[][]) => rows.map((r) => r.map(ln));

const cases: [Beam[], number[][], number, boolean, string][] = [
  [[{ tokens: [], logProb: 0 }], logs([[0.5, 0.3, 0.2]]), 2, false, 'the first step: the two most likely tokens'],
  [[{ tokens: [5], logProb: ln(0.6) }, { tokens: [7], logProb: ln(0.4) }], logs([[0.5, 0.45, 0.05], [0.9, 0.05, 0.05]]), 2, false, 'the weaker beam has the best child: 0.4·0.9 > 0.6·0.5'],
  [[{ tokens: [1], logProb: ln(0.5) }, { tokens: [2], logProb: ln(0.5) }], logs([[0.6, 0.4], [0.1, 0.9]]), 3, true, 'two children of one beam survive'],
  [[{ tokens: [1], logProb: -1 }, { tokens: [2], logProb: -1 }], [[-2, -1, -1], [-1, -3, -3]], 3, true, 'ties: lower beam first, then lower token id'],
  [[{ tokens: [3, 1], logProb: -0.5 }], [[-Infinity, -0.2, -Infinity, -1.6]], 3, true, 'impossible tokens (−∞) rank last'],
  [[{ tokens: [0], logProb: -0.1 }, { tokens: [1], logProb: -5 }, { tokens: [2], logProb: -0.3 }], logs([[0.2, 0.8], [0.99, 0.01], [0.7, 0.3]]), 4, true, 'three beams, width 4: the weak beam loses its children'],
  [[{ tokens: [4], logProb: -2 }, { tokens: [6], logProb: -2.5 }], logs([[0.1, 0.1, 0.8], [0.5, 0.25, 0.25]]), 1, true, 'width 1 from two beams'],
];

export const tests: ExerciseTest[] = cases.map(([beams, logProbs, width, hidden, note]) => ({
  call: 'beamStep',
  args: [beams, logProbs, width],
  expected: beamSearchStep(beams, logProbs, width),
  tolerance: 1e-9,
  hidden,
  note,
}));
