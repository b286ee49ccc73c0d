import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEMBERS, TEST_POINTS, TRAIN_POINTS, type EnsembleConfig } from './protocol';
import { trainEnsembleLab } from './train';

const hooks = { progress: () => {}, pause: async () => true };

describe('trainEnsembleLab', () => {
  beforeAll(async () => {
    // wasm runs in Node from node_modules; the batched MLPs are ~6× faster there than on cpu
    await tf.setBackend('wasm');
  });

  it('trains bagged MLPs, boosted trees and the MoE without leaking tensors', async () => {
    const config: EnsembleConfig = { dataset: 'moons', hidden: 8, depth: 1, noise: 0.25, seed: 1, experts: 4, k: 1 };
    const before = tf.memory().numTensors;
    const r = await trainEnsembleLab(config, hooks);
    expect(tf.memory().numTensors).toBe(before);
    if (!r) throw new Error('no result');
    expect(r.bagging.count).toBe(MAX_MEMBERS);
    expect(r.bagging.test.length).toBe(MAX_MEMBERS * TEST_POINTS * 2);
    expect(r.bagging.oof.length).toBe(MAX_MEMBERS * TRAIN_POINTS * 2);
    expect(r.bagging.curves.soft[8]).toBeGreaterThanOrEqual(r.bagging.curves.soft[0]);
    expect(r.moe.accuracy).toBeGreaterThan(0.7);
    expect(r.moe.load.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  }, 120_000);
});
