// The predict questions that open the MoE Playground claim an outcome at their `until` step; each
// is checked here by training the playground's own model on exactly the question's query (its
// parser, its defaults, seed and the cpu backend the query names, deterministic in the browser
// too) for exactly that many steps. The wrong choices' claims are checked to be false as well.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBalance } from '@/lib/math/load-balance';
import { predictQuestionsFor } from '@/lib/widgets/predict-test-helpers';
import { parseMoeParams } from './params';
import { trainConfigSchema } from './protocol';
import { createTrainer } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type Snapshot = ReturnType<ReturnType<typeof createTrainer>['snapshot']>;

/** What the learner sees at the stop: the snapshot after `until` steps of the question's run. */
function runToStop(search: URLSearchParams): Snapshot {
  const { params, run, notices } = parseMoeParams(search);
  expect(notices).toEqual([]);
  expect(run.backend).toBe('cpu');
  const trainer = createTrainer(trainConfigSchema.parse(params));
  trainer.step(run.until);
  const snapshot = trainer.snapshot();
  trainer.dispose();
  expect(snapshot.step).toBe(run.until);
  return snapshot;
}

const share = (load: readonly number[], i: number) => load[i] / load.reduce((s, x) => s + x, 0);
const sortedShares = (load: readonly number[]) => load.map((_, i) => share(load, i)).sort((a, b) => b - a);

const CLAIMS: Record<string, (s: Snapshot) => void> = {
  // b: one or two experts take most of the points, three or more almost none; not one expert with all (c), no NaN (d)
  'lb-predict-collapse': (s) => {
    const b = loadBalance(s.load);
    expect(b.verdict).toBe('collapsed');
    expect(b.idle).toBeGreaterThanOrEqual(3);
    const [first, second] = sortedShares(s.load);
    expect(first + second).toBeGreaterThan(0.5);
    expect(first).toBeLessThan(0.95);
    expect(Number.isFinite(s.loss)).toBe(true);
  },
  // a: no idle expert, busiest under twice its even share; not exactly uniform (b); accuracy far above chance (d)
  'lb-predict-balanced': (s) => {
    const b = loadBalance(s.load);
    expect(b.idle).toBe(0);
    expect(b.maxOverMean).toBeLessThan(2);
    expect(b.maxOverMean).toBeGreaterThan(1.05);
    expect(s.accuracy).toBeGreaterThan(0.8);
  },
  // c: more than a third of the assignments dropped, because the router collapsed
  'cap-predict-collapsed-drops': (s) => {
    expect(s.dropped).toBeGreaterThan(1 / 3);
    expect(s.dropped).toBeLessThan(1);
    expect(loadBalance(s.load).verdict).toBe('collapsed');
  },
};

describe('MoE Playground predict questions: the claimed outcome is what the widget shows', () => {
  const questions = predictQuestionsFor('moe-playground');

  it('has a check for every such question of the bank', () => {
    expect(questions.map((q) => q.question.id).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  for (const { question, search } of questions) {
    it(`${question.id}: ?${question.query}`, { timeout: 60_000 }, () => {
      CLAIMS[question.id](runToStop(search));
    });
  }
});
