import { describe, expect, it } from 'vitest';
import { ensembleConfigSchema } from '@/lib/widgets/ensemble-lab/protocol';
import { ensembleTrainConfig, parseEnsembleParams, serializeEnsembleParams } from './params';

describe('Ensembles Lab URL params', () => {
  it('gives defaults for an empty query and round-trips', () => {
    const { params, notices } = parseEnsembleParams(new URLSearchParams(''));
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ dataset: 'moons', method: 'bagging', members: 9, combiner: 'soft', experts: 4, k: 1 });
    expect(serializeEnsembleParams(params)).toBe('');
    const custom = { ...params, members: 3, combiner: 'stacking' as const, method: 'boosting' as const, noise: 0.1 };
    const q = serializeEnsembleParams(custom);
    expect(q).toBe('noise=0.1&method=boosting&members=3&combiner=stacking');
    expect(parseEnsembleParams(new URLSearchParams(q)).params).toEqual(custom);
  });

  it('clamps and defaults bad values with notices', () => {
    const { params, notices } = parseEnsembleParams(new URLSearchParams('members=99&combiner=median&noise=abc&experts=3&k=7'));
    expect(params).toMatchObject({ members: 15, combiner: 'soft', noise: 0.25, experts: 3, k: 3 });
    expect(notices).toEqual([
      'Data noise σ: "abc" is not a number; using 0.25.',
      'Members M: "99" is outside 1–15; using 15.',
      'Combiner: "median" is not one of hard, soft, weighted, stacking; using soft.',
      'Top-K (MoE): 7 is more than the 3 experts; using K = 3.',
    ]);
  });

  it('produces a config the worker accepts', () => {
    const { params } = parseEnsembleParams(new URLSearchParams('experts=8&k=8&depth=3'));
    expect(ensembleConfigSchema.safeParse(ensembleTrainConfig(params)).success).toBe(true);
  });
});
