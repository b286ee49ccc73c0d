import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { createMoeLm, disposeMoeLm, moeLmLoss, type MoeLm, type MoeLmConfig, type MoeLmLossOptions } from './moe-lm';
import { moeLmGradients } from './moe-lm-gradients';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const BASE: MoeLmConfig = { vocabSize: 20, context: 8, layers: 2, dModel: 16, heads: 2, numExperts: 4, k: 2, expertHidden: 8, granularity: 1, sharedExpert: false, router: 'mixtral' };
const BATCH = 3;

function ids(batch: number, length: number, seed: number): tf.Tensor2D {
  const rng = createRandom(seed);
  return tf.tensor2d(Array.from({ length: batch }, () => Array.from({ length }, () => rng.int(BASE.vocabSize))), [batch, length], 'int32');
}

/** Moves every variable off its init (unit gains, zero biases) so no gradient term is hidden by a zero or a one. */
function perturb(model: MoeLm, seed: number): void {
  const rng = createRandom(seed);
  for (const [, v] of model.named) {
    tf.tidy(() => v.assign(v.add(tf.tensor(Array.from({ length: v.size }, () => 0.2 * (2 * rng.next() - 1)), v.shape))));
  }
}

/** |a − b| ≤ 1e-5, relative to |b| where it is above 1. */
function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, label: string): void {
  expect(actual.length, label).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const scale = Math.max(1, Math.abs(expected[i]));
    expect(Math.abs(actual[i] - expected[i]) / scale, `${label}[${i}]: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(1e-5);
  }
}

type Case = { name: string; config: Partial<MoeLmConfig>; options: Partial<MoeLmLossOptions>; jitter?: number; bias?: boolean; length?: number; drops?: boolean };

const CASES: Case[] = [
  { name: 'dense (numExperts 1)', config: { numExperts: 1, k: 1 }, options: {} },
  { name: 'mixtral K 2, λ > 0 and z-loss > 0', config: {}, options: { lambda: 0.05, zLoss: 0.01 } },
  { name: 'mixtral K 2, no auxiliary losses', config: {}, options: { lambda: 0, zLoss: 0 } },
  { name: 'switch K 1, λ > 0', config: { router: 'switch', k: 1 }, options: { lambda: 0.05, zLoss: 0 } },
  { name: 'aux-free with a non-zero bias, λ > 0 and z-loss > 0', config: { router: 'aux-free' }, options: { lambda: 0.05, zLoss: 0.01 }, bias: true },
  { name: 'capacity factor 0.5 (drops)', config: {}, options: { lambda: 0.05, zLoss: 0.01, capacityFactor: 0.5 }, drops: true },
  { name: 'switch K 1 at capacity factor 0.5 (drops)', config: { router: 'switch', k: 1 }, options: { lambda: 0.05, zLoss: 0, capacityFactor: 0.5 }, drops: true },
  { name: 'jitter', config: {}, options: { lambda: 0.05, zLoss: 0.01 }, jitter: 0.1 },
  { name: 'shared expert', config: { sharedExpert: true }, options: { lambda: 0.05, zLoss: 0.01 } },
  { name: 'dense with a shared expert', config: { numExperts: 1, k: 1, sharedExpert: true }, options: {} },
  { name: 'granularity 2', config: { granularity: 2 }, options: { lambda: 0.05, zLoss: 0.01 } },
  { name: 'aux-free, granularity 2, shared expert, jitter, capacity 0.5', config: { router: 'aux-free', granularity: 2, sharedExpert: true }, options: { lambda: 0.05, zLoss: 0.01, capacityFactor: 0.5 }, jitter: 0.1, bias: true, drops: true },
  { name: 'fewer positions than the context (T 5 of 8)', config: {}, options: { lambda: 0.05, zLoss: 0.01 }, length: 5 },
];

describe('moeLmGradients equals tf.variableGrads of moeLmLoss', () => {
  for (const c of CASES) {
    for (const dispatch of ['gather', 'all'] as const) {
      if (dispatch === 'all' && (c.config.numExperts ?? BASE.numExperts) === 1) continue;
      it(`${c.name}, ${dispatch} dispatch`, () => {
        const start = tf.memory().numTensors;
        const config = { ...BASE, ...c.config };
        const model = createMoeLm(config, createRandom(5));
        perturb(model, 6);
        const length = c.length ?? config.context;
        const x = ids(BATCH, length, 7);
        const y = ids(BATCH, length, 8);
        const rng = createRandom(9);
        const uniform = c.jitter ? Array.from({ length: config.layers }, () => tf.tensor2d(Array.from({ length: BATCH * length * config.dModel }, () => rng.next()), [BATCH * length, config.dModel])) : [];
        const options: MoeLmLossOptions = { lambda: 0, zLoss: 0, ...c.options, dispatch, jitter: c.jitter ? { epsilon: c.jitter, uniform } : undefined };
        if (c.bias) {
          const biasRng = createRandom(10);
          for (const b of model.blocks) tf.tidy(() => b.selectionBias!.assign(tf.tensor1d(Array.from({ length: b.selectionBias!.size }, () => 0.3 * (2 * biasRng.next() - 1)))));
        }

        const reference = moeLmLoss(model, x, y, options);
        const { value, grads } = tf.variableGrads(() => moeLmLoss(model, x, y, options).total, model.variables);
        const { terms, grads: mine } = moeLmGradients(model, x, y, options);

        for (const key of ['total', 'crossEntropy', 'aux', 'z', 'chosen', 'kept'] as const) expectClose(terms[key].dataSync(), reference[key].dataSync(), key);
        expectClose(terms.total.dataSync(), value.dataSync(), 'total vs variableGrads');
        if (options.lambda > 0 && config.numExperts > 1) expect(terms.aux.dataSync()[0]).toBeGreaterThan(0);
        if (c.drops) {
          const [kept, chosen] = tf.tidy(() => [terms.kept.sum().dataSync()[0], terms.chosen.sum().dataSync()[0]]);
          expect(kept, 'capacity drops some assignments').toBeLessThan(chosen);
        }
        expect(mine.length).toBe(model.variables.length);
        model.variables.forEach((v, i) => {
          const expected = grads[v.name];
          expect(mine[i].shape, v.name).toEqual(v.shape);
          expectClose(mine[i].dataSync(), expected.dataSync(), v.name);
        });
        // every variable gets a gradient that is not all zero (else a missing term could pass)
        mine.forEach((g, i) => expect(tf.tidy(() => g.abs().max().dataSync()[0]), model.variables[i].name).toBeGreaterThan(0));

        tf.dispose([value, grads, mine, terms, reference, x, y, uniform]);
        disposeMoeLm(model);
        expect(tf.memory().numTensors).toBe(start);
      });
    }
  }
});
