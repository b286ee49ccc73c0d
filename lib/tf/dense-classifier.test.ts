import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { compareParameterCounts, createDenseClassifier, denseParameterCount } from './dense-classifier';
import { countParameters } from './init';
import type { MoeClassifierConfig } from './moe-classifier';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const BASE: MoeClassifierConfig = {
  inputDim: 2,
  numClasses: 2,
  numExperts: 8,
  k: 2,
  hidden: 16,
  activation: 'relu',
  renormalize: true,
  noisyGating: false,
  embedDim: 0,
  lambda: 0.01,
  zLossCoef: 0,
  capacityFactor: 0,
};

describe('dense baseline size', () => {
  it('has as many parameters as the MoE has active ones, within one hidden unit', () => {
    for (const numExperts of [1, 4, 8, 16]) {
      for (const k of [1, 2, 4].filter((v) => v <= numExperts)) {
        for (const hidden of [2, 8, 16, 32]) {
          for (const extra of [{}, { noisyGating: true }, { numClasses: 4 }, { embedDim: 8 }]) {
            const config = { ...BASE, numExperts, k, hidden, ...extra };
            const c = compareParameterCounts(config);
            const perUnit = config.inputDim + 1 + config.numClasses;
            expect(Math.abs(c.dense - c.moeActive)).toBeLessThanOrEqual(perUnit / 2);
            expect(c.moeActive).toBeLessThanOrEqual(c.moeTotal);
          }
        }
      }
    }
  });

  it('N = 8, K = 2, hidden 16 on 2 classes: 188 active of 680, dense hidden 37', () => {
    // router (2 + 1)·8 = 24 (with its bias); expert 2·16 + 16 + 16·2 + 2 = 82; active 24 + 2·82 = 188;
    // total 24 + 8·82 = 680; dense hidden round((188 − 2)/5) = 37: (2 + 1)·37 + (37 + 1)·2 = 187.
    expect(compareParameterCounts(BASE)).toEqual({ moeTotal: 680, moeActive: 188, denseHidden: 37, dense: 187 });
  });

  it('creates exactly the counted variables', () => {
    const model = createDenseClassifier({ inputDim: 2, hidden: 36, numClasses: 2, activation: 'tanh' }, createRandom(1));
    expect(countParameters(model.variables)).toBe(denseParameterCount(2, 36, 2));
    model.variables.forEach((v) => v.dispose());
  });
});
