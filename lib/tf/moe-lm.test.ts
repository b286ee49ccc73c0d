import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRandom,
  dispatchWithCapacity,
  expertCapacity,
  expertCounts,
  loadBalancingLoss,
  routerZLoss,
  routeTopK,
  routeWithBias,
  sigmoid,
  updateBias,
  type Matrix,
} from '@/lib/math';
import { createFusedAdam } from './fused-adam';
import { countParameters } from './init';
import { createMoeLm, denseEquivalent, embedTokens, disposeMoeLm, moeLmForward, moeLmLoss, moeLmParameterCounts, routedShape, updateSelectionBias, type MoeLmConfig } from './moe-lm';
import { routeLm } from './moe-lm-router';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const TOL = 1e-5;
const BASE: MoeLmConfig = { vocabSize: 11, context: 8, layers: 2, dModel: 16, heads: 2, numExperts: 4, k: 2, expertHidden: 8, granularity: 1, sharedExpert: false, router: 'mixtral' };

function randomLogits(tokens: number, experts: number, seed: number): Matrix {
  const rng = createRandom(seed);
  return Array.from({ length: tokens }, () => Array.from({ length: experts }, () => 2 * rng.normal()));
}

function expectMatrix(actual: tf.Tensor, expected: Matrix) {
  const a = actual.arraySync() as Matrix;
  expect(a.length).toBe(expected.length);
  a.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i][j]), `[${i}][${j}]`).toBeLessThan(TOL)));
}

function tokens(batch: number, length: number, seed: number): tf.Tensor2D {
  const rng = createRandom(seed);
  return tf.tensor2d(Array.from({ length: batch }, () => Array.from({ length }, () => rng.int(BASE.vocabSize))), [batch, length], 'int32');
}

describe('routeLm against lib/math', () => {
  const logits = randomLogits(12, 5, 1);

  for (const [kind, renormalize] of [['mixtral', true], ['switch', false]] as const) {
    it(`'${kind}' gives routeTopK's probabilities, indices and gates (renormalize ${renormalize})`, () => {
      const expected = routeTopK(logits, 2, renormalize);
      tf.tidy(() => {
        const r = routeLm(tf.tensor2d(logits), 2, kind);
        expectMatrix(r.probs, expected.probs);
        expect(r.indices.arraySync()).toEqual(expected.indices);
        expectMatrix(r.weights, expected.weights);
        expectMatrix(r.mask, expected.weights.map((row) => row.map((w) => (w > 0 ? 1 : 0))));
      });
    });
  }

  it("'aux-free' selects by sigmoid affinity + bias and gates by the normalised affinities (routeWithBias)", () => {
    const bias = [0.3, -0.2, 0, 0.5, -0.4];
    const scores = logits.map((row) => row.map(sigmoid));
    const expected = routeWithBias(scores, bias, 2);
    const unbiased = routeWithBias(scores, [0, 0, 0, 0, 0], 2);
    // the bias must change some choices, or this test could not tell it is used
    expect(expected.indices).not.toEqual(unbiased.indices);
    tf.tidy(() => {
      const r = routeLm(tf.tensor2d(logits), 2, 'aux-free', tf.tensor1d(bias));
      expect(r.indices.arraySync()).toEqual(expected.indices);
      expectMatrix(r.weights, expected.weights);
      expectMatrix(r.probs, scores.map((s) => s.map((v) => v / s.reduce((a, b) => a + b, 0))));
    });
  });
});

describe('the MoE language model against lib/math', () => {
  const config: MoeLmConfig = { ...BASE, numExperts: 6 };

  it('its loss terms equal loadBalancingLoss and routerZLoss on its own router logits (mean over layers)', () => {
    const model = createMoeLm(config, createRandom(2));
    const x = tokens(3, 8, 3);
    const y = tokens(3, 8, 4);
    const { layers } = moeLmForward(model, x);
    const logits = layers.map((r) => r.logits.arraySync() as Matrix);
    const aux = logits.map((z) => {
      const r = routeTopK(z, config.k);
      return loadBalancingLoss(r.probs, r.indices, 6);
    });
    const z = logits.map(routerZLoss);
    layers.forEach((r, l) => {
      const expected = routeTopK(logits[l], config.k);
      expectMatrix(r.probs, expected.probs);
      expect(r.indices.arraySync()).toEqual(expected.indices);
      expectMatrix(r.combine, expected.weights);
    });
    const loss = moeLmLoss(model, x, y, { lambda: 0.01, zLoss: 0.001 });
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(Math.abs(loss.aux.arraySync() - mean(aux))).toBeLessThan(TOL);
    expect(Math.abs(loss.z.arraySync() - mean(z))).toBeLessThan(TOL);
    const total = loss.crossEntropy.arraySync() + 0.01 * mean(aux) + 0.001 * mean(z);
    expect(Math.abs(loss.total.arraySync() - total)).toBeLessThan(TOL);
    expect(loss.chosen.arraySync()).toEqual(layers.map((r) => expertCounts(r.indices.arraySync() as number[][], 6)));
    tf.dispose([loss, layers, x, y]);
    disposeMoeLm(model);
  });

  it('keeps exactly the assignments dispatchWithCapacity keeps, and a fully dropped token adds nothing', () => {
    const model = createMoeLm(config, createRandom(5));
    const x = tokens(2, 8, 6);
    const cf = 0.5;
    const { layers, logits } = moeLmForward(model, x, { capacityFactor: cf });
    const capacity = expertCapacity(16, 6, 2, cf);
    expect(capacity).toBe(3);
    let fullyDropped = 0;
    layers.forEach((r) => {
      const indices = r.indices.arraySync() as number[][];
      const expected = dispatchWithCapacity(indices, 6, capacity);
      const kept = r.kept.arraySync() as Matrix;
      indices.forEach((row, t) => row.forEach((e, slot) => expect(kept[t][e], `token ${t} slot ${slot}`).toBe(expected.kept[t][slot] ? 1 : 0)));
      expect(r.kept.sum(0).arraySync()).toEqual(expected.load);
      const combine = r.combine.arraySync() as Matrix;
      const weights = r.weights.arraySync() as Matrix;
      combine.forEach((row, t) => row.forEach((c, e) => expect(c).toBeCloseTo(weights[t][e] * kept[t][e], 6)));
      fullyDropped += combine.filter((row) => row.every((c) => c === 0)).length;
    });
    // tight capacity drops some tokens outright: their FFN output is exactly zero (residual only)
    expect(fullyDropped).toBeGreaterThan(0);
    tf.dispose([layers, logits, x]);
    disposeMoeLm(model);
  });

  it('updates the aux-free selection bias as updateBias on the step’s expert counts, and the bias changes the routing', () => {
    const model = createMoeLm({ ...config, router: 'aux-free' }, createRandom(7));
    const x = tokens(4, 8, 8);
    const y = tokens(4, 8, 9);
    const loss = moeLmLoss(model, x, y, { lambda: 0, zLoss: 0 });
    const chosen = loss.chosen.arraySync() as Matrix;
    const before = model.blocks.map((b) => Array.from(b.selectionBias!.dataSync()));
    updateSelectionBias(model, chosen, 0.05);
    model.blocks.forEach((b, l) => {
      const expected = updateBias(before[l], chosen[l], 0.05);
      Array.from(b.selectionBias!.dataSync()).forEach((v, e) => expect(Math.abs(v - expected[e])).toBeLessThan(TOL));
    });
    // the bias is not trainable: Adam never sees it
    expect(model.variables.includes(model.blocks[0].selectionBias!)).toBe(false);
    const { layers } = moeLmForward(model, x);
    const logits = layers[0].logits.arraySync() as Matrix;
    const expected = routeWithBias(logits.map((r) => r.map(sigmoid)), Array.from(model.blocks[0].selectionBias!.dataSync()), 2);
    expect(layers[0].indices.arraySync()).toEqual(expected.indices);
    expectMatrix(layers[0].weights, expected.weights);
    tf.dispose([loss, layers, x, y]);
    disposeMoeLm(model);
  });
});

describe('the MoE language model', () => {
  it('gives the token embedding the gradient of a one-hot matMul (repeated ids add up)', () => {
    const table = tf.variable(tf.tensor2d(randomLogits(7, 3, 12)));
    const ids = tf.tensor1d([2, 5, 2, 0, 6], 'int32');
    const w = tf.tensor2d(randomLogits(5, 3, 13));
    const ours = tf.variableGrads(() => embedTokens(table, ids, 7).mul(w).sum() as tf.Scalar, [table]);
    const reference = tf.variableGrads(() => tf.oneHot(ids, 7).cast('float32').matMul(table).mul(w).sum() as tf.Scalar, [table]);
    expectMatrix(ours.grads[table.name], reference.grads[table.name].arraySync() as Matrix);
    tf.dispose([table, ids, w, ours.value, reference.value, ...Object.values(ours.grads), ...Object.values(reference.grads)]);
  });

  it('counts its parameters as its variables hold them, with K·g of the E experts active', () => {
    for (const c of [BASE, { ...BASE, granularity: 2 }, { ...BASE, sharedExpert: true }, { ...BASE, numExperts: 1, k: 1 }]) {
      const model = createMoeLm(c, createRandom(1));
      expect(moeLmParameterCounts(c).total).toBe(countParameters(model.variables));
      disposeMoeLm(model);
    }
    const counts = moeLmParameterCounts(BASE);
    const expert = 16 * 8 + 8 + 8 * 16 + 16;
    expect(counts.total - counts.active).toBe(2 * 2 * expert);
    // fine-grained: 8 experts of width 4, 4 active: same totals, more router columns
    expect(routedShape({ ...BASE, granularity: 2 })).toEqual({ experts: 8, k: 4, width: 4 });
  });

  it('builds a dense model of (nearly) the same active parameter count', () => {
    for (const c of [BASE, { ...BASE, numExperts: 8, k: 2, expertHidden: 64, dModel: 64, vocabSize: 200 }, { ...BASE, sharedExpert: true }]) {
      const dense = denseEquivalent(c);
      expect(dense.numExperts).toBe(1);
      const moe = moeLmParameterCounts(c).active;
      const gap = Math.abs(moeLmParameterCounts(dense).active - moe);
      // one unit of width is 2d + 1 parameters: the nearest whole width is within half of it per layer
      expect(gap).toBeLessThanOrEqual(c.layers * (c.dModel + 1));
    }
  });

  it('is causal: changing a later character leaves the earlier positions’ logits unchanged', () => {
    const model = createMoeLm({ ...BASE, router: 'switch', k: 1 }, createRandom(3));
    const a = [[1, 2, 3, 4, 5, 6]];
    const b = [[1, 2, 3, 9, 5, 6]];
    const la = moeLmForward(model, tf.tensor2d(a, [1, 6], 'int32'));
    const lb = moeLmForward(model, tf.tensor2d(b, [1, 6], 'int32'));
    const x = la.logits.arraySync() as Matrix;
    const y = lb.logits.arraySync() as Matrix;
    for (let t = 0; t < 3; t++) x[t].forEach((v, j) => expect(v).toBeCloseTo(y[t][j], 5));
    expect(Math.abs(x[3][0] - y[3][0])).toBeGreaterThan(0);
    tf.dispose([la, lb]);
    disposeMoeLm(model);
  });

  it('gives the same logits, routing and gradients whether each expert runs on its own tokens or every expert on every token', () => {
    for (const c of [
      { config: BASE, capacityFactor: 0 },
      { config: { ...BASE, router: 'aux-free' as const, sharedExpert: true, granularity: 2 }, capacityFactor: 0 },
      { config: { ...BASE, router: 'switch' as const, k: 1 }, capacityFactor: 0.5 },
    ]) {
      const start = tf.memory().numTensors;
      const model = createMoeLm(c.config, createRandom(8));
      const x = tokens(2, 8, 9);
      const y = tokens(2, 8, 10);
      const run = (dispatch: 'gather' | 'all') => {
        const { value, grads } = tf.variableGrads(() => moeLmLoss(model, x, y, { lambda: 0.01, zLoss: 0.001, capacityFactor: c.capacityFactor, dispatch }).total, model.variables);
        const { logits, layers } = moeLmForward(model, x, { capacityFactor: c.capacityFactor, dispatch });
        const out = { loss: value.arraySync(), logits: logits.arraySync() as Matrix, combine: layers.map((r) => r.combine.arraySync() as Matrix), grads: model.variables.map((v) => Array.from(grads[v.name].dataSync())) };
        tf.dispose([value, grads, logits, layers]);
        return out;
      };
      const gathered = run('gather');
      const all = run('all');
      expect(Math.abs(gathered.loss - all.loss)).toBeLessThan(TOL);
      gathered.logits.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - all.logits[i][j])).toBeLessThan(TOL)));
      gathered.combine.forEach((m, l) => m.forEach((row, t) => row.forEach((v, e) => expect(Math.abs(v - all.combine[l][t][e])).toBeLessThan(TOL))));
      gathered.grads.forEach((g, i) => g.forEach((v, j) => expect(Math.abs(v - all.grads[i][j]), `${model.variables[i].name}[${j}]`).toBeLessThan(TOL)));
      tf.dispose([x, y]);
      disposeMoeLm(model);
      expect(tf.memory().numTensors).toBe(start);
    }
  });

  it('trains every router option with fused Adam: the loss falls, no tensor leaks', () => {
    for (const c of [
      { config: BASE, options: { lambda: 0.01, zLoss: 0.001 } },
      { config: { ...BASE, router: 'aux-free' as const, sharedExpert: true }, options: { lambda: 0, zLoss: 0 } },
      { config: { ...BASE, router: 'switch' as const, k: 1, granularity: 2 }, options: { lambda: 0.01, zLoss: 0, capacityFactor: 1 } },
      { config: { ...BASE, numExperts: 1, k: 1 }, options: { lambda: 0, zLoss: 0 } },
    ]) {
      const start = tf.memory().numTensors;
      const model = createMoeLm(c.config, createRandom(4));
      const adam = createFusedAdam(model.variables, { learningRate: 0.01 });
      // a fixed pattern the model can learn: the next token is (token + 1) mod V
      const x = tf.tensor2d([[0, 1, 2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8, 9, 10]], [2, 8], 'int32');
      const y = tf.tidy(() => x.add(1).mod(BASE.vocabSize)) as tf.Tensor2D;
      const losses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const rng = createRandom(i);
        const uniform = Array.from({ length: c.config.layers }, () => tf.tensor2d(Array.from({ length: 16 * 16 }, () => rng.next()), [16, 16]));
        let chosen: tf.Tensor2D | null = null;
        const cost = adam.minimize(() => {
          const l = moeLmLoss(model, x, y, { ...c.options, jitter: { epsilon: 0.01, uniform } });
          chosen = tf.keep(l.chosen);
          return l.total;
        });
        losses.push(cost.arraySync());
        if (c.config.router === 'aux-free') updateSelectionBias(model, (chosen! as tf.Tensor2D).arraySync(), 0.01);
        tf.dispose([cost, chosen!, uniform]);
      }
      expect(losses[29], JSON.stringify(c.config)).toBeLessThan(losses[0] * 0.5);
      tf.dispose([x, y]);
      adam.dispose();
      disposeMoeLm(model);
      expect(tf.memory().numTensors).toBe(start);
    }
  });
});
