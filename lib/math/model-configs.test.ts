import { describe, expect, it } from 'vitest';
import { backOfEnvelope } from './back-of-envelope';
import { MODEL_CONFIGS, modelConfig } from './model-configs';
import { countParameters } from './parameters';

// What each source prints, in parameters: [total, active]. FACTS.md A9, A10, A12 and A18 give the
// three MoE models; Llama 2 70B's size comes from Touvron et al. 2023, Table 1.
const PUBLISHED: Record<string, [number, number]> = {
  'llama-2-70b': [70e9, 70e9],
  'mixtral-8x7b': [46.7e9, 12.9e9],
  dbrx: [132e9, 36e9],
  'deepseek-v3': [671e9, 37e9],
};

// Tolerance: half a unit of the printed last digit, except where the name rounds further or the
// counting convention is not stated (each gap explained):
// - Llama 2 70B: "70B" is a size class; its weights count 68.98B (−1.5 %), so ±2 %.
// - DeepSeek-V3 active: 37B is met without the input-embedding lookup (36.62B, the 36.6B of
//   DeepSeek's README_WEIGHTS.md); counting the lookup as active gives 37.55B (+1.5 %), so ±2 %.
// - DBRX active: counting the lookup gives 36.47B, just under 36.5B, so half a unit holds.
const LOOSE: Record<string, number> = { 'llama-2-70b:total': 0.02, 'llama-2-70b:active': 0.02, 'deepseek-v3:active': 0.02 };

describe('model configs', () => {
  it('use the published figures', () => {
    for (const m of MODEL_CONFIGS) expect([m.published.total, m.published.active], m.id).toEqual(PUBLISHED[m.id]);
  });

  it.each(MODEL_CONFIGS.map((m) => [m.id, m] as const))('%s counts its published totals within the stated tolerance', (id, m) => {
    const c = countParameters(m.shape);
    for (const part of ['total', 'active'] as const) {
      const published = m.published[part];
      const relative = LOOSE[`${id}:${part}`];
      const tolerance = relative ? relative * published : m.published.unit / 2;
      expect(Math.abs(c[part] - published), `${id} ${part}: computed ${c[part]}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('counts exactly these weights', () => {
    const counts = Object.fromEntries(MODEL_CONFIGS.map((m) => {
      const c = countParameters(m.shape);
      return [m.id, [c.total, c.active, c.activeWithoutLookup]];
    }));
    expect(counts).toEqual({
      'llama-2-70b': [68_975_329_280, 68_975_329_280, 68_713_185_280],
      'mixtral-8x7b': [46_702_526_464, 12_879_659_008, 12_748_587_008],
      dbrx: [131_596_025_856, 36_469_211_136, 35_852_648_448],
      'deepseek-v3': [671_025_397_760, 37_551_276_032, 36_624_596_992],
    });
  });

  it('gives a source for every number', () => {
    for (const m of MODEL_CONFIGS) for (const s of Object.values(m.sources)) expect(s.length, m.id).toBeGreaterThan(10);
  });

  it('falls back to the first config for an unknown id', () => {
    expect(modelConfig('nope').id).toBe('llama-2-70b');
  });
});

describe('backOfEnvelope on the presets', () => {
  const base = { context: 4096, batch: 1, bytes: 2, attention: 'released', trainingTokens: 0, adam: 'mixed' } as const;

  it('gives the KV cache per token in bf16: Llama 2 320 KiB, Mixtral 128 KiB, DBRX 160 KiB, DeepSeek-V3 68.6 KiB', () => {
    const perToken = Object.fromEntries(MODEL_CONFIGS.map((m) => [m.id, backOfEnvelope(m.id, base).kvBytesPerToken]));
    expect(perToken).toEqual({ 'llama-2-70b': 327_680, 'mixtral-8x7b': 131_072, dbrx: 163_840, 'deepseek-v3': 70_272 });
  });

  it('compares with MHA and MQA: MLA caches 1.76 % of DeepSeek-V3 as MHA, Llama 2 GQA-8 is 1/8 of MHA', () => {
    const v3 = (attention: 'released' | 'mha' | 'mqa') => backOfEnvelope('deepseek-v3', { ...base, attention }).kvBytesPerToken;
    expect(v3('mha')).toBe(2 * 128 * 128 * 61 * 2);
    expect(v3('mqa')).toBe(2 * 128 * 61 * 2);
    expect(v3('released') / v3('mha')).toBeCloseTo(576 / 32768, 12);
    const llama = (attention: 'released' | 'mha') => backOfEnvelope('llama-2-70b', { ...base, attention }).kvBytesPerToken;
    expect(llama('mha') / llama('released')).toBe(8);
  });

  it('gives 6·N·D for DeepSeek-V3 on 14.8T tokens: 3.25e24 FLOPs', () => {
    const e = backOfEnvelope('deepseek-v3', { ...base, trainingTokens: 14.8e12 });
    expect(e.trainingFlops).toBe(6 * 36_624_596_992 * 14.8e12);
  });

  it('decodes one Llama 2 token at about 1 FLOP per byte, and Mixtral at batch 64 reads all 8 experts', () => {
    expect(backOfEnvelope('llama-2-70b', base).decode.intensity).toBeCloseTo(1.0677, 4);
    const mixtral = backOfEnvelope('mixtral-8x7b', { ...base, batch: 64 }).decode;
    expect(mixtral.expertsTouched).toBeCloseTo(8, 6);
    expect(mixtral.weightBytes / 2).toBeCloseTo(46_702_526_464 - 32000 * 4096, -3);
  });

  it('has no all-to-all for a dense model and 2·T·k·d·bytes per MoE layer otherwise', () => {
    expect(backOfEnvelope('llama-2-70b', base).allToAll).toBeNull();
    expect(backOfEnvelope('deepseek-v3', { ...base, batch: 1 }).allToAll!.prefill.total).toBe(2 * 4096 * 8 * 7168 * 2);
  });
});
