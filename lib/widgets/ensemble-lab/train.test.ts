import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENSEMBLE_UNITS, MAX_MEMBERS, TEST_POINTS, TRAIN_POINTS, TRAIN_STEPS, type EnsembleConfig, type EnsembleSnapshot } from './protocol';
import { createEnsembleTrainer } from './train';

const CONFIG: EnsembleConfig = { dataset: 'moons', hidden: 8, depth: 1, noise: 0.25, seed: 1, experts: 4, k: 1 };

describe('the Ensembles Lab trainer', () => {
  beforeAll(async () => {
    // wasm runs in Node from node_modules; the batched MLPs are ~6× faster there than on cpu
    await tf.setBackend('wasm');
  });

  it('trains bagged MLPs, boosted trees and the MoE unit by unit, hands the result over once, without leaking tensors', () => {
    const before = tf.memory().numTensors;
    const trainer = createEnsembleTrainer(CONFIG);
    const seen: Array<Pick<EnsembleSnapshot, 'step' | 'stage' | 'share'>> = [];
    let result: EnsembleSnapshot['result'] = null;
    // uneven chunks, as the run handler's timed ones are
    for (const count of [TRAIN_STEPS - 1, 1, 1, 1, TRAIN_STEPS / 2, TRAIN_STEPS, 5]) {
      trainer.step(count);
      const s = trainer.snapshot();
      seen.push({ step: s.step, stage: s.stage, share: s.share });
      result ??= s.result;
    }
    expect(seen).toEqual([
      { step: TRAIN_STEPS - 1, stage: 'members', share: (TRAIN_STEPS - 1) / TRAIN_STEPS },
      { step: TRAIN_STEPS, stage: 'combining', share: 0 },
      { step: TRAIN_STEPS + 1, stage: 'boosting', share: 0 },
      { step: TRAIN_STEPS + 2, stage: 'moe', share: 0 },
      { step: TRAIN_STEPS + 2 + TRAIN_STEPS / 2, stage: 'moe', share: 0.5 },
      // the run ends at ENSEMBLE_UNITS however many steps are asked for
      { step: ENSEMBLE_UNITS, stage: 'combining', share: 1 },
      { step: ENSEMBLE_UNITS, stage: 'combining', share: 1 },
    ]);
    // every model is freed once the run is complete, before dispose
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    if (!result) throw new Error('no result');
    expect(trainer.snapshot().result).toBeNull();
    expect(result.backend).toBe('wasm');
    expect(result.bagging.count).toBe(MAX_MEMBERS);
    expect(result.bagging.test.length).toBe(MAX_MEMBERS * TEST_POINTS * 2);
    expect(result.bagging.oof.length).toBe(MAX_MEMBERS * TRAIN_POINTS * 2);
    expect(result.bagging.curves.soft[8]).toBeGreaterThanOrEqual(result.bagging.curves.soft[0]);
    expect(result.moe.accuracy).toBeGreaterThan(0.7);
    expect(result.moe.load.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  }, 120_000);

  it('frees every tensor when disposed mid-run', () => {
    const before = tf.memory().numTensors;
    const trainer = createEnsembleTrainer(CONFIG);
    trainer.step(10);
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    trainer.dispose();
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
