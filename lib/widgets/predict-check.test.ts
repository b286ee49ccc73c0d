import { describe, expect, it } from 'vitest';
import { loadQuizSets } from '@/lib/content/quizzes';
import { predictFrame, predictProblems } from './predict-check';

describe('predictProblems: a predict question\'s widget and query, checked against the registry', () => {
  it('accepts a sound query of a computed widget and of a trained one that says where it stops', () => {
    expect(predictProblems('attention-explorer', 'causal=1')).toEqual([]);
    expect(predictProblems('moe-playground', 'lambda=0&until=300')).toEqual([]);
  });

  it('names each problem: unknown widget, unknown key, a value the parser clamps, autoplay, a missing stop', () => {
    expect(predictProblems('no-such-widget', 'x=1')).toEqual(['no widget "no-such-widget" in lib/widgets/registry.ts']);
    expect(predictProblems('attention-explorer', 'colour=red')).toEqual(['unknown parameter "colour"']);
    const clamped = predictProblems('attention-explorer', 'dk=9999');
    expect(clamped).toHaveLength(1);
    expect(clamped[0]).toMatch(/512/);
    expect(predictProblems('moe-playground', 'until=300&autoplay=1')).toEqual(['"autoplay" is set by the question\'s frame; leave it out']);
    expect(predictProblems('moe-playground', 'lambda=0')).toEqual(['a trained widget needs "until" > 0: the step the outcome is claimed at']);
  });

  it('passes every predict question of the bank (there are at least 8, over five sets)', () => {
    const predict = loadQuizSets().flatMap((set) => set.questions.filter((q) => q.type === 'predict').map((q) => ({ set: set.slug, q })));
    expect(predict.length).toBeGreaterThanOrEqual(8);
    expect(new Set(predict.map((p) => p.set))).toEqual(new Set(['load-balancing', 'moe-routing', 'capacity-parallelism', 'attention', 'ensembles']));
    for (const { q } of predict) if (q.type === 'predict') expect(predictProblems(q.widget, q.query), q.id).toEqual([]);
  });
});

describe('predictFrame', () => {
  it('opens a trained widget running (autoplay) to its stop, a computed one as is, and links the full page', () => {
    expect(predictFrame('moe-playground', 'lambda=0&until=300')).toMatchObject({
      src: '/embed/moe-playground?lambda=0&until=300&autoplay=1',
      page: '/playground/moe?lambda=0&until=300',
    });
    expect(predictFrame('attention-explorer', 'causal=1')).toMatchObject({ src: '/embed/attention-explorer?causal=1', page: '/playground/attention?causal=1' });
  });

  it('refuses a query with a problem', () => {
    expect(() => predictFrame('attention-explorer', 'dk=9999')).toThrow(/attention-explorer/);
  });
});
