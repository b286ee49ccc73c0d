import {
  adamMemoryBytes,
  allToAllBytes,
  decodeStep,
  flopsPerToken,
  kvCacheBytes,
  kvCacheElementsPerToken,
  trainingFlops,
  withKvHeads,
  type AdamConvention,
  type DecodeStep,
} from './inference';
import { modelConfig, type ModelConfig } from './model-configs';
import { countParameters, type ParameterCount } from './parameters';
import { checkInteger, checkNonNegative, checkPositive } from './validate';

export interface EnvelopeOptions {
  /** cached tokens per sequence (the context a decode step attends to) */
  context: number;
  /** sequences decoded together */
  batch: number;
  /** bytes per element of weights, cache and activations (bf16: 2) */
  bytes: number;
  /** the released attention, or the same model with one K/V head per query head (mha) or one in all (mqa) */
  attention: 'released' | 'mha' | 'mqa';
  /** pre-training tokens for 6·N·D */
  trainingTokens: number;
  adam: AdamConvention;
}

export interface Envelope {
  model: ModelConfig;
  params: ParameterCount;
  /** forward FLOPs of one token at `context` */
  flopsPerToken: { weights: number; attention: number; total: number };
  /** 6·N·D with N the active parameters without the input lookup */
  trainingFlops: number;
  adam: ReturnType<typeof adamMemoryBytes>;
  kvBytesPerToken: number;
  /** the whole batch's cache */
  kvBytes: number;
  /** one decode step (batch tokens) */
  decode: DecodeStep;
  /** all-to-all per MoE layer for one decode step (batch tokens) and for prefilling the batch (batch · context tokens); null for a dense model */
  allToAll: { decode: ReturnType<typeof allToAllBytes>; prefill: ReturnType<typeof allToAllBytes> } | null;
}

/** Every back-of-envelope figure of a model preset under `options` (the calculator and the quiz read this). */
export function backOfEnvelope(id: string, options: EnvelopeOptions): Envelope {
  const { context, batch, bytes, trainingTokens } = options;
  checkInteger(context, 'context', 0);
  checkInteger(batch, 'batch', 1);
  checkPositive(bytes, 'bytes');
  checkNonNegative(trainingTokens, 'trainingTokens');
  const model = modelConfig(id);
  const shape = options.attention === 'released' ? model.shape : { ...model.shape, attention: withKvHeads(model.shape, options.attention) };
  // The weights stay the released ones: only the cache and the attention FLOPs follow `attention`.
  const params = countParameters(model.shape);
  const perToken = flopsPerToken(model.shape, context);
  const decode = decodeStep(model.shape, { batch, context, bytes });
  const kvBytesPerToken = kvCacheElementsPerToken(shape.layers, shape.dModel, shape.attention) * bytes;
  const kvBytes = kvCacheBytes(shape, context, batch, bytes);
  const cacheDelta = kvBytes - decode.kvBytes;
  const moe = params.moeLayers > 0;
  return {
    model,
    params,
    flopsPerToken: perToken,
    trainingFlops: trainingFlops(params.activeWithoutLookup, trainingTokens),
    adam: adamMemoryBytes(params.total, options.adam),
    kvBytesPerToken,
    kvBytes,
    decode: { ...decode, kvBytes, bytes: decode.bytes + cacheDelta, intensity: decode.flops / (decode.bytes + cacheDelta) },
    allToAll: moe
      ? {
          decode: allToAllBytes(batch, model.shape.topK, model.shape.dModel, bytes),
          prefill: allToAllBytes(batch * context, model.shape.topK, model.shape.dModel, bytes),
        }
      : null,
  };
}
