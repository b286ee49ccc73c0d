import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as ref from '@/lib/math';
import { moeForward, createMoeLayer, type MoeLayerConfig } from './moe-layer';
import { loadBalancingLoss, routeTopK, routerZLoss } from './routing';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// 6 tokens × 4 experts; row 4 has tied logits to pin down the tie rule.
const LOGITS = [
  [0.5, -1.2, 2.0, 0.3],
  [1.5, 1.4, -0.3, 0.0],
  [-2.0, 0.1, 0.2, 3.1],
  [0.0, 0.9, 0.9, -0.4],
  [0.7, 0.7, 0.7, 0.7],
  [2.2, -0.5, 2.1, 1.0],
];

function expectClose(actual: number[][], expected: number[][], tol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i][j])).toBeLessThanOrEqual(tol)));
}

describe('tfjs routing equals lib/math', () => {
  for (const renormalize of [true, false]) {
    for (const k of [1, 2, 3]) {
      it(`probs, indices, weights, balancing loss and z-loss (k=${k}, renormalize=${renormalize})`, () => {
        const expected = ref.routeTopK(LOGITS, k, renormalize);
        const logits = tf.tensor2d(LOGITS);
        const route = routeTopK(logits, k, renormalize);
        expectClose(route.probs.arraySync(), expected.probs);
        expect(route.indices.arraySync()).toEqual(expected.indices);
        expectClose(route.weights.arraySync(), expected.weights);
        const aux = loadBalancingLoss(route.probs, route.mask).arraySync();
        expect(Math.abs(aux - ref.loadBalancingLoss(expected.probs, expected.indices, 4))).toBeLessThanOrEqual(1e-5);
        const z = routerZLoss(logits).arraySync();
        expect(Math.abs(z - ref.routerZLoss(LOGITS))).toBeLessThanOrEqual(1e-5);
        tf.dispose([logits, route.probs, route.indices, route.mask, route.weights]);
      });
    }
  }

  it('breaks ties towards the lower expert id, like lib/math topK', () => {
    const tied = [
      [1, 1, 1, 1],
      [0, 2, 2, 1],
      [3, 0, 3, 3],
    ];
    const route = routeTopK(tf.tensor2d(tied), 2, true);
    expect(route.indices.arraySync()).toEqual(ref.routeTopK(tied, 2, true).indices);
    expect(route.indices.arraySync()).toEqual([
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
  });
});

/** A layer whose router weights reproduce LOGITS exactly: x = one-hot token id, W_g = LOGITS over a zero bias row. */
function layerWithLogits(k: number, renormalize: boolean): { x: tf.Tensor2D; config: MoeLayerConfig; layer: ReturnType<typeof createMoeLayer> } {
  const tokens = LOGITS.length;
  const config: MoeLayerConfig = { inputDim: tokens, outputDim: 3, numExperts: 4, k, hidden: 5, activation: 'tanh', renormalize, noisyGating: false };
  const layer = createMoeLayer(config, ref.createRandom(7));
  layer.router.assign(tf.tensor2d([...LOGITS, [0, 0, 0, 0]]));
  return { x: tf.eye(tokens) as tf.Tensor2D, config, layer };
}

describe('MoE layer with capacity', () => {
  for (const [k, factor, renormalize] of [
    [1, 1, false],
    [2, 0.5, true],
    [2, 1, false],
    [3, 0.75, true],
  ] as const) {
    it(`keeps and weights assignments like dispatchWithCapacity (k=${k}, CF=${factor}, renormalize=${renormalize})`, () => {
      const { x, layer } = layerWithLogits(k, renormalize);
      const out = moeForward(layer, x, { capacityFactor: factor });
      const route = ref.routeTopK(LOGITS, k, renormalize);
      const capacity = ref.expertCapacity(LOGITS.length, 4, k, factor);
      const { kept } = ref.dispatchWithCapacity(route.indices, 4, capacity);
      const expectedWeights = route.weights.map((row, t) =>
        row.map((w, e) => {
          const slot = route.indices[t].indexOf(e);
          return slot >= 0 && kept[t][slot] ? w : 0;
        }),
      );
      expectClose(out.combineWeights.arraySync(), expectedWeights);
      const keptMask = out.keptMask.arraySync();
      expect(keptMask.flat().reduce((a, b) => a + b, 0)).toBe(kept.flat().filter(Boolean).length);
      expect(kept.flat().some((v) => !v)).toBe(true);
      // A token with every assignment dropped gets no expert output at all.
      keptMask.forEach((row, t) => {
        if (row.every((v) => v === 0)) expect(out.output.arraySync()[t]).toEqual([0, 0, 0]);
      });
      tf.dispose([x, ...Object.values(out), ...layer.variables]);
    });
  }

  it('drops every assignment of a token that comes after a full expert', () => {
    // All six tokens prefer expert 0 first; k = 1 and capacity 1 keep only token 0.
    const { x, layer } = layerWithLogits(1, false);
    layer.router.assign(tf.tensor2d([...LOGITS.map(() => [5, 0, 0, 0]), [0, 0, 0, 0]]));
    const out = moeForward(layer, x, { capacityFactor: 0.5 });
    expect(out.keptMask.arraySync().map((row) => row[0])).toEqual([1, 0, 0, 0, 0, 0]);
    expect(out.output.arraySync().slice(1).flat().every((v) => v === 0)).toBe(true);
    tf.dispose([x, ...Object.values(out), ...layer.variables]);
  });
});

describe('noisy gating', () => {
  it('H = [x, 1]·W_g + ε·softplus(x·W_noise) and the renormalised gates equal lib/math noisyTopKGating', () => {
    const rng = ref.createRandom(9);
    const xs = Array.from({ length: 5 }, () => [2 * rng.next() - 1, 2 * rng.next() - 1]);
    const eps = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => rng.normal()));
    const wNoise = [
      [0.3, -0.2, 0.5, 0.1],
      [-0.4, 0.6, 0.2, -0.1],
    ];
    const config: MoeLayerConfig = { inputDim: 2, outputDim: 2, numExperts: 4, k: 2, hidden: 3, activation: 'relu', renormalize: true, noisyGating: true };
    const layer = createMoeLayer(config, ref.createRandom(2));
    layer.noise?.assign(tf.tensor2d(wNoise));
    // A non-zero router bias (the last row of W_g), so the test sees that it is added.
    const wGate = layer.router.arraySync() as number[][];
    wGate[2] = [0.4, -0.3, 0, 0.2];
    layer.router.assign(tf.tensor2d(wGate));
    const x = tf.tensor2d(xs);
    const epsilon = tf.tensor2d(eps);
    const out = moeForward(layer, x, { epsilon });
    // The reference takes [x, 1] and W_g with its bias row; the noise weights get a zero row (no bias).
    const expected = ref.noisyTopKGating(
      xs.map((p) => [...p, 1]),
      { wGate, wNoise: [...wNoise, [0, 0, 0, 0]], k: 2, noise: eps },
    );
    expectClose(out.logits.arraySync(), expected.logits);
    expect(out.topIndices.arraySync()).toEqual(expected.indices);
    expectClose(out.combineWeights.arraySync(), expected.gates);
    tf.dispose([x, epsilon, ...Object.values(out), ...layer.variables]);
  });
});
