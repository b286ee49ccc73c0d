import * as tf from '@tensorflow/tfjs';
import { causalMaskTensor, multiHeadSelfAttention } from './causal-attention';
import { glorotVariable, zerosVariable, type UniformSource } from './init';

/** ε of every layer norm (as lib/math LAYER_NORM_EPSILON). */
const EPSILON = 1e-5;

/** Shape of a decoder-only Transformer; the FFN is `ffnMultiplier`·d_model wide (4 in Vaswani et al.). */
export interface TinyTransformerConfig {
  vocab: number;
  /** Positions (context length) T. */
  length: number;
  dModel: number;
  heads: number;
  layers: number;
  ffnMultiplier: number;
}

/** The attention half of a pre-LN decoder block and the LayerNorm before its FFN: what every decoder here shares. */
export interface DecoderAttention {
  ln1Gain: tf.Variable;
  ln1Bias: tf.Variable;
  wq: tf.Variable;
  wk: tf.Variable;
  wv: tf.Variable;
  wo: tf.Variable;
  ln2Gain: tf.Variable;
  ln2Bias: tf.Variable;
}

/** Variables of one pre-LN decoder block. */
export interface DecoderBlock extends DecoderAttention {
  /** [d, d_ff] and its bias [d_ff] */
  w1: tf.Variable;
  b1: tf.Variable;
  /** [d_ff, d] and its bias [d] */
  w2: tf.Variable;
  b2: tf.Variable;
}

/** A decoder-only Transformer: token + learned positional embeddings, pre-LN blocks, final LN, unembedding. */
export interface TinyTransformer {
  config: TinyTransformerConfig;
  /** [vocab, d] */
  tokenEmbedding: tf.Variable;
  /** [length, d], learned */
  positionEmbedding: tf.Variable;
  blocks: DecoderBlock[];
  lnFinalGain: tf.Variable;
  lnFinalBias: tf.Variable;
  /** [d, vocab] and its bias [vocab] */
  unembed: tf.Variable;
  unembedBias: tf.Variable;
  /** The additive causal mask [length, length] (a constant). */
  mask: tf.Tensor2D;
  variables: tf.Variable[];
}

const onesVariable = (n: number) => {
  const init = tf.ones([n]);
  const v = tf.variable(init);
  init.dispose();
  return v;
};

/** Creates the model with Glorot-uniform weights from `rng`, unit LN gains and zero biases. */
export function createTinyTransformer(config: TinyTransformerConfig, rng: UniformSource): TinyTransformer {
  const { vocab, length, dModel: d, layers, ffnMultiplier } = config;
  const ff = d * ffnMultiplier;
  const tokenEmbedding = glorotVariable(rng, vocab, d);
  const positionEmbedding = glorotVariable(rng, length, d);
  const blocks: DecoderBlock[] = Array.from({ length: layers }, () => ({
    ln1Gain: onesVariable(d),
    ln1Bias: zerosVariable([d]),
    wq: glorotVariable(rng, d, d),
    wk: glorotVariable(rng, d, d),
    wv: glorotVariable(rng, d, d),
    wo: glorotVariable(rng, d, d),
    ln2Gain: onesVariable(d),
    ln2Bias: zerosVariable([d]),
    w1: glorotVariable(rng, d, ff),
    b1: zerosVariable([ff]),
    w2: glorotVariable(rng, ff, d),
    b2: zerosVariable([d]),
  }));
  const lnFinalGain = onesVariable(d);
  const lnFinalBias = zerosVariable([d]);
  const unembed = glorotVariable(rng, d, vocab);
  const unembedBias = zerosVariable([vocab]);
  const variables = [
    tokenEmbedding,
    positionEmbedding,
    ...blocks.flatMap((b) => [b.ln1Gain, b.ln1Bias, b.wq, b.wk, b.wv, b.wo, b.ln2Gain, b.ln2Bias, b.w1, b.b1, b.w2, b.b2]),
    lnFinalGain,
    lnFinalBias,
    unembed,
    unembedBias,
  ];
  return { config, tokenEmbedding, positionEmbedding, blocks, lnFinalGain, lnFinalBias, unembed, unembedBias, mask: causalMaskTensor(length), variables };
}

/** Frees the model's variables and its mask. */
export function disposeTinyTransformer(model: TinyTransformer): void {
  tf.dispose([...model.variables, model.mask]);
}

/** Number of trainable scalars. */
export function tinyTransformerParameterCount(config: TinyTransformerConfig): number {
  const { vocab, length, dModel: d, layers, ffnMultiplier } = config;
  const ff = d * ffnMultiplier;
  const block = 4 * d + 4 * d * d + d * ff + ff + ff * d + d;
  return vocab * d + length * d + layers * block + 2 * d + d * vocab + vocab;
}

/** Layer norm over the last axis: γ ⊙ (x − μ)/√(σ² + ε) + β (Ba et al. 2016). */
export function layerNormTensor<T extends tf.Tensor>(x: T, gain: tf.Tensor, bias: tf.Tensor): T {
  return tf.tidy(() => traceLayerNorm(x, gain, bias).y);
}

/** layerNormTensor's value y and what its backward pass reads: x̂ = (x − μ)/√(σ² + ε) and 1/√(σ² + ε) (keepDims). */
export interface LayerNormTrace<T extends tf.Tensor> {
  y: T;
  normalized: T;
  rstd: tf.Tensor;
}

/** layerNormTensor with its LayerNormTrace. Not tidied. */
export function traceLayerNorm<T extends tf.Tensor>(x: T, gain: tf.Tensor, bias: tf.Tensor): LayerNormTrace<T> {
  const { mean, variance } = tf.moments(x, -1, true);
  const rstd = variance.add(EPSILON).rsqrt();
  const normalized = x.sub(mean).mul(rstd) as T;
  return { y: normalized.mul(gain).add(bias) as T, normalized, rstd };
}

/** Hidden states after the final layer norm [batch, T, d] and each layer's weights [batch, H, T, T]. */
export function transformerHidden(model: TinyTransformer, tokens: tf.Tensor2D): { hidden: tf.Tensor3D; attention: tf.Tensor4D[] } {
  const { vocab, dModel: d, heads } = model.config;
  const [batch, length] = tokens.shape;
  return tf.tidy(() => {
    // Token lookup as one-hot · E: the same as a gather, with a gradient every backend has.
    const oneHot = tf.oneHot(tokens.reshape([batch * length]), vocab).cast('float32') as tf.Tensor2D;
    const positions = model.positionEmbedding.slice([0, 0], [length, d]);
    const mask = model.mask.slice([0, 0], [length, length]) as tf.Tensor2D;
    let h = oneHot.matMul(model.tokenEmbedding as tf.Tensor2D).reshape([batch, length, d]).add(positions) as tf.Tensor3D;
    const attention: tf.Tensor4D[] = [];
    for (const b of model.blocks) {
      const normed = layerNormTensor(h, b.ln1Gain, b.ln1Bias);
      const a = multiHeadSelfAttention(normed, { wq: b.wq as tf.Tensor2D, wk: b.wk as tf.Tensor2D, wv: b.wv as tf.Tensor2D, wo: b.wo as tf.Tensor2D }, heads, mask);
      attention.push(a.weights);
      h = h.add(a.output);
      const flat = layerNormTensor(h, b.ln2Gain, b.ln2Bias).reshape([batch * length, d]) as tf.Tensor2D;
      const ffn = tf.relu(flat.matMul(b.w1 as tf.Tensor2D).add(b.b1)).matMul(b.w2 as tf.Tensor2D).add(b.b2);
      h = h.add(ffn.reshape([batch, length, d]));
    }
    return { hidden: layerNormTensor(h, model.lnFinalGain, model.lnFinalBias), attention };
  });
}

/** Next-token logits [batch, count, vocab] at positions from … from + count − 1 (all when omitted). */
export function transformerLogits(model: TinyTransformer, tokens: tf.Tensor2D, from = 0, count = tokens.shape[1] - from): tf.Tensor3D {
  const { dModel: d, vocab } = model.config;
  const batch = tokens.shape[0];
  return tf.tidy(() => {
    const { hidden } = transformerHidden(model, tokens);
    const picked = hidden.slice([0, from, 0], [batch, count, d]).reshape([batch * count, d]) as tf.Tensor2D;
    return picked.matMul(model.unembed as tf.Tensor2D).add(model.unembedBias).reshape([batch, count, vocab]) as tf.Tensor3D;
  });
}

/**
 * Mean next-token cross-entropy (nats) over the answer positions from … from + count − 1, whose
 * correct tokens are `targets` [batch, count]; and the share of them predicted right (argmax).
 */
export function sequenceLoss(model: TinyTransformer, tokens: tf.Tensor2D, targets: tf.Tensor2D, from: number): { loss: tf.Scalar; accuracy: tf.Scalar } {
  return tf.tidy(() => {
    const count = targets.shape[1];
    const logits = transformerLogits(model, tokens, from, count).reshape([-1, model.config.vocab]) as tf.Tensor2D;
    const flatTargets = targets.reshape([-1]);
    const labels = tf.oneHot(flatTargets, model.config.vocab).cast('float32');
    const loss = tf.losses.softmaxCrossEntropy(labels, logits) as tf.Scalar;
    const accuracy = logits.argMax(1).equal(flatTargets).cast('float32').mean() as tf.Scalar;
    return { loss, accuracy };
  });
}
