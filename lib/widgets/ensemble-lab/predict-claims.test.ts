// The Ensembles Lab trains in a worker on the learner's backend, so its runs are not replayed here
// (a full run takes minutes in Node). Its predict question claims an inequality that holds for every
// run: the lab's measured variance of the averaged error never exceeds the members' mean variance
// σ² (Cauchy–Schwarz). This checks the lab's own figures (varianceFigures) on many seeded member
// outputs, including perfectly correlated and anti-correlated members.
import { describe, expect, it } from 'vitest';
import { createRandom, type Matrix } from '@/lib/math';
import { predictQuestionsFor } from '@/lib/widgets/predict-test-helpers';
import { parseEnsembleParams } from './params';
import { varianceFigures } from './view';

/** `members` members' two-class test probabilities: a shared signal plus each member's own noise. */
function members(seed: number, count: number, points: number, shared: number): { test: Matrix[]; labels: number[] } {
  const random = createRandom(seed);
  const labels = Array.from({ length: points }, () => (random.next() < 0.5 ? 0 : 1));
  const signal = labels.map(() => random.next());
  const test = Array.from({ length: count }, () =>
    labels.map((_, s) => {
      const p = Math.min(1, Math.max(0, shared * signal[s] + (1 - shared) * random.next()));
      return [p, 1 - p];
    }),
  );
  return { test, labels };
}

describe('Ensembles Lab predict question: the claimed outcome holds on every run', () => {
  const questions = predictQuestionsFor('ensemble-lab');

  it('is the variance question, opening the lab at 9 bagged members', () => {
    expect(questions.map((q) => q.question.id)).toEqual(['ens-predict-variance']);
    const { params, notices } = parseEnsembleParams(questions[0].search);
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ method: 'bagging', members: 9 });
  });

  it('measured variance of the averaged error ≤ σ², with equality for identical members', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { test, labels } = members(seed, 9, 50, (seed % 11) / 10);
      const v = varianceFigures(test, labels);
      if (!v) throw new Error('no figures');
      expect(v.measured).toBeLessThanOrEqual(v.sigma2 + 1e-12);
    }
    const { test, labels } = members(7, 1, 50, 0);
    const same = varianceFigures([test[0], test[0], test[0]], labels);
    expect(same?.measured).toBeCloseTo(same?.sigma2 ?? NaN, 12);
  });

  it('does not make the wrong choices true: σ²/M only for uncorrelated errors, larger ρ keeps more', () => {
    const { test, labels } = members(3, 9, 400, 0.8);
    const v = varianceFigures(test, labels);
    if (!v) throw new Error('no figures');
    expect(v.rho).toBeGreaterThan(0.5);
    expect(v.measured).toBeGreaterThan(v.sigma2 / 9);
    expect(v.measured).toBeGreaterThan(0);
  });
});
