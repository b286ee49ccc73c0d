import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom, matmul, multiHeadAttention, scaledDotProductAttention, type Matrix } from '@/lib/math';
import { layerNorm } from '@/lib/math/layer-norm';
import { causalMaskTensor, multiHeadSelfAttention } from './causal-attention';
import { createTinyTransformer, sequenceLoss, tinyTransformerParameterCount, transformerHidden, transformerLogits, type TinyTransformer } from './tiny-transformer';
import { countParameters } from './init';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function randomMatrix(rows: number, cols: number, seed: number): Matrix {
  const rng = createRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.normal()));
}

function expectClose(actual: number[][], expected: number[][], digits = 5) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((v, j) => expect(v, `[${i}][${j}]`).toBeCloseTo(expected[i][j], digits)));
}

const mat = (v: tf.Variable | tf.Tensor) => v.arraySync() as Matrix;
const vec = (v: tf.Variable | tf.Tensor) => v.arraySync() as number[];

describe('multiHeadSelfAttention (tfjs) against lib/math', () => {
  const T = 5;
  const d = 8;
  const x = randomMatrix(T, d, 1);
  const w = { wq: randomMatrix(d, d, 2), wk: randomMatrix(d, d, 3), wv: randomMatrix(d, d, 4), wo: randomMatrix(d, d, 5) };

  function tfAttention(inputs: Matrix[], numHeads: number, causal: boolean) {
    return tf.tidy(() => {
      const mask = causal ? causalMaskTensor(T) : undefined;
      const weights = { wq: tf.tensor2d(w.wq), wk: tf.tensor2d(w.wk), wv: tf.tensor2d(w.wv), wo: tf.tensor2d(w.wo) };
      const r = multiHeadSelfAttention(tf.tensor3d(inputs), weights, numHeads, mask);
      return { output: r.output.arraySync(), weights: r.weights.arraySync() };
    });
  }

  for (const numHeads of [1, 2, 4]) {
    for (const causal of [false, true]) {
      it(`equals multiHeadAttention with ${numHeads} head(s)${causal ? ' and the causal mask' : ''}`, () => {
        const expected = multiHeadAttention(x, { ...w, numHeads }, causal ? 'causal' : undefined);
        const actual = tfAttention([x], numHeads, causal);
        expectClose(actual.output[0], expected.output, 4);
        for (let h = 0; h < numHeads; h++) expectClose(actual.weights[0][h], expected.weights[h], 5);
      });
    }
  }

  it('with one head equals scaledDotProductAttention of x·W_Q, x·W_K, x·W_V, and zeroes the upper triangle', () => {
    const single = scaledDotProductAttention(matmul(x, w.wq), matmul(x, w.wk), matmul(x, w.wv), 'causal');
    const actual = tfAttention([x], 1, true);
    expectClose(actual.weights[0][0], single.weights, 5);
    expectClose(actual.output[0], matmul(single.output, w.wo), 4);
    for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) expect(actual.weights[0][0][i][j]).toBe(0);
  });

  it('treats each sequence of a batch on its own', () => {
    const other = randomMatrix(T, d, 9);
    const actual = tfAttention([x, other], 2, true);
    expectClose(actual.output[1], multiHeadAttention(other, { ...w, numHeads: 2 }, 'causal').output, 4);
  });
});

/** The model's forward pass written with lib/math only, from the variables' values. */
function referenceLogits(model: TinyTransformer, tokens: number[]): Matrix {
  const { heads } = model.config;
  const E = mat(model.tokenEmbedding);
  const P = mat(model.positionEmbedding);
  let h: Matrix = tokens.map((tok, t) => E[tok].map((e, c) => e + P[t][c]));
  for (const b of model.blocks) {
    const normed = layerNorm(h, vec(b.ln1Gain), vec(b.ln1Bias));
    const att = multiHeadAttention(normed, { wq: mat(b.wq), wk: mat(b.wk), wv: mat(b.wv), wo: mat(b.wo), numHeads: heads }, 'causal');
    h = h.map((row, t) => row.map((v, c) => v + att.output[t][c]));
    const hidden = matmul(layerNorm(h, vec(b.ln2Gain), vec(b.ln2Bias)), mat(b.w1)).map((row) => row.map((v, j) => Math.max(0, v + vec(b.b1)[j])));
    const ffn = matmul(hidden, mat(b.w2));
    h = h.map((row, t) => row.map((v, c) => v + ffn[t][c] + vec(b.b2)[c]));
  }
  const out = matmul(layerNorm(h, vec(model.lnFinalGain), vec(model.lnFinalBias)), mat(model.unembed));
  return out.map((row) => row.map((v, j) => v + vec(model.unembedBias)[j]));
}

describe('tiny Transformer', () => {
  const config = { vocab: 11, length: 8, dModel: 16, heads: 2, layers: 2, ffnMultiplier: 4 };

  it('computes the same logits as a lib/math forward pass (2 layers, 2 heads, causal)', () => {
    const model = createTinyTransformer(config, createRandom(7));
    // Non-trivial LN gains and biases so they are checked too.
    for (const v of [model.blocks[1].ln1Gain, model.blocks[0].ln2Bias, model.lnFinalBias, model.blocks[0].b1]) v.assign(tf.randomUniform(v.shape, -1, 1, 'float32', 3));
    const tokens = [3, 1, 4, 1, 5, 10, 5, 1];
    const logits = tf.tidy(() => transformerLogits(model, tf.tensor2d([tokens], undefined, 'int32')).arraySync()[0]);
    expectClose(logits, referenceLogits(model, tokens), 3);
    tf.dispose([...model.variables, model.mask]);
  });

  it('is causal: changing a later token leaves earlier logits unchanged', () => {
    const model = createTinyTransformer(config, createRandom(8));
    const logits = tf.tidy(() => transformerLogits(model, tf.tensor2d([[1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 9, 9, 9, 9]], undefined, 'int32')).arraySync());
    expectClose(logits[1].slice(0, 4), logits[0].slice(0, 4), 5);
    expect(Math.abs(logits[1][4][0] - logits[0][4][0])).toBeGreaterThan(1e-4);
    tf.dispose([...model.variables, model.mask]);
  });

  it('reports attention weights [batch, H, T, T] per layer with rows summing to 1', () => {
    const model = createTinyTransformer(config, createRandom(9));
    const weights = tf.tidy(() => transformerHidden(model, tf.tensor2d([[1, 2, 3, 4, 5, 6, 7, 8]], undefined, 'int32')).attention.map((a) => a.arraySync()));
    expect(weights.length).toBe(2);
    expect([weights[0].length, weights[0][0].length, weights[0][0][0].length, weights[0][0][0][0].length]).toEqual([1, 2, 8, 8]);
    for (const row of weights[1][0][1]) expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    tf.dispose([...model.variables, model.mask]);
  });

  it('counts its parameters', () => {
    const model = createTinyTransformer(config, createRandom(1));
    expect(countParameters(model.variables)).toBe(tinyTransformerParameterCount(config));
    tf.dispose([...model.variables, model.mask]);
  });

  it('loss is a finite scalar near ln(vocab) at initialisation and leaks no tensors', () => {
    const model = createTinyTransformer(config, createRandom(2));
    const before = tf.memory().numTensors;
    const [loss, acc] = tf.tidy(() => {
      const r = sequenceLoss(model, tf.tensor2d([[1, 2, 3, 10, 3, 2, 1, 0]], undefined, 'int32'), tf.tensor2d([[3, 2, 1]], undefined, 'int32'), 3);
      return [r.loss.arraySync(), r.accuracy.arraySync()];
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(Math.abs(loss - Math.log(11))).toBeLessThan(1.5);
    expect(acc).toBeGreaterThanOrEqual(0);
    tf.dispose([...model.variables, model.mask]);
  });
});
