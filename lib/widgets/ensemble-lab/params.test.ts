import { describe, expect, it } from 'vitest';
import { ENSEMBLE_METHODS } from '@/lib/widgets/ensemble-lab/options';
import { ensembleConfigSchema } from '@/lib/widgets/ensemble-lab/protocol';
import { ENSEMBLE_KNOBS, ensembleTrainConfig, knobUse, METHOD_KNOBS, parseEnsembleParams, serializeEnsembleParams } from './params';

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

  it('disables tree depth under bagging with its reason, and no knob under boosting', () => {
    expect(knobUse('depth', 'bagging')).toEqual({ used: false, reason: "Only used by boosting: bagging's members are MLPs, not trees." });
    expect(knobUse('depth', 'boosting')).toEqual({ used: true });
    const unused = (method: (typeof ENSEMBLE_METHODS)[number]) => ENSEMBLE_KNOBS.filter((k) => !knobUse(k.key, method).used).map((k) => k.key);
    expect(unused('bagging')).toEqual(['depth']);
    expect(unused('boosting')).toEqual([]);
    // every declared knob is a real knob, and names at least one method
    for (const [key, only] of Object.entries(METHOD_KNOBS)) {
      expect(ENSEMBLE_KNOBS.map((k) => k.key as string)).toContain(key);
      expect(only.methods.length).toBeGreaterThan(0);
    }
  });
});
