import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLAPSED_MAX_OVER_MEAN, loadBalance } from '@/lib/math/load-balance';
import { t } from '@/lib/i18n';
import { MOE_PRESETS, parseMoeParams } from './params';
import { trainConfigSchema } from './protocol';
import { createTrainer } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// A fresh widget's state: what the parser gives for an empty query (every knob's default).
const DEFAULTS = parseMoeParams(new URLSearchParams()).params;
const preset = (id: string) => {
  const p = MOE_PRESETS.find((q) => q.id === id);
  if (!p) throw new Error(`no preset ${id}`);
  return p;
};

/** The playground's model on a preset (over the knobs' defaults, as a fresh widget), trained `steps` minibatches. */
function trainedBalance(id: string, seed: number, steps: number) {
  const trainer = createTrainer(trainConfigSchema.parse({ ...DEFAULTS, ...preset(id).values, seed }));
  trainer.step(steps);
  const { load } = trainer.snapshot();
  trainer.dispose();
  return loadBalance(load);
}

// The contrast the load-balancing lesson teaches, read with lib/math's one measure of balance
// (max/mean load; idle = under a fifth of the even share). Measured with scripts/measure-balance.ts:
// λ = 0 leaves most of the 8 experts idle (5–6 of 8 at steps 300–2,000, max/mean 4–7); λ = 0.1 leaves none idle from
// step 500 on, at a max/mean that wanders between 1.1 and 1.9 (seeds 1–3, steps 500–2,000).
describe('the Router collapse and Balanced presets differ as the lesson says, on every seed', () => {
  it('differ only in λ (0, then 0.1), as the lesson asks the learner to change it', () => {
    const { lambda: off, ...collapse } = preset('collapse').values;
    const { lambda: on, ...balanced } = preset('balanced').values;
    expect([off, on]).toEqual([0, 0.1]);
    expect(balanced).toEqual(collapse);
    expect(t('moe.preset.balanced')).toBe('Balanced (λ = 0.1)');
  });

  for (const seed of [1, 2, 3]) {
    it(`λ = 0 collapses: seed ${seed}`, { timeout: 60_000 }, () => {
      const b = trainedBalance('collapse', seed, 300);
      expect(b.verdict).toBe('collapsed');
      expect(b.maxOverMean).toBeGreaterThanOrEqual(COLLAPSED_MAX_OVER_MEAN);
      expect(b.idle).toBeGreaterThanOrEqual(3);
    });

    it(`λ = 0.1 balances: seed ${seed}`, { timeout: 60_000 }, () => {
      const b = trainedBalance('balanced', seed, 500);
      expect(b.idle).toBe(0);
      expect(b.maxOverMean).toBeLessThan(1.75);
    });
  }
});
