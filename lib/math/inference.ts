import { countParameters, ffnParameters, type AttentionShape, type ModelShape } from './parameters';
import { checkInteger, checkNonNegative, checkPositive } from './validate';

/**
 * Back-of-envelope figures of a decoder Transformer: KV cache, FLOPs, training compute, Adam
 * memory, the arithmetic intensity of a decode step and the all-to-all traffic of an MoE layer.
 * Every count is exact for the stated convention; the conventions are what a reader must check.
 */

/**
 * Cached elements per token per sequence, all layers together.
 *
 * MHA $2\,l\,n_h d_h = 2\,l\,d$; GQA $2\,l\,n_{kv} d_h$ (MQA is $n_{kv}=1$); MLA caches the joint
 * latent and the decoupled RoPE key, $(d_c + d_h^R)\,l$. Sources: DeepSeek-V2 (arXiv:2405.04434),
 * Table 1; Ainslie et al. 2023 (arXiv:2305.13245); Shazeer 2019 (arXiv:1911.02150).
 */
export function kvCacheElementsPerToken(layers: number, dModel: number, attention: AttentionShape): number {
  checkInteger(layers, 'layers', 1);
  checkInteger(dModel, 'dModel', 1);
  if (attention.kind === 'mha') return 2 * layers * dModel;
  if (attention.kind === 'gqa') {
    checkInteger(attention.kvHeads, 'attention.kvHeads', 1, attention.heads);
    checkInteger(attention.headDim, 'attention.headDim', 1);
    return 2 * layers * attention.kvHeads * attention.headDim;
  }
  checkInteger(attention.kvRank, 'attention.kvRank', 1);
  checkInteger(attention.qkRopeDim, 'attention.qkRopeDim', 1);
  return layers * (attention.kvRank + attention.qkRopeDim);
}

/** KV-cache bytes of `batch` sequences of `tokens` tokens each: elements per token · tokens · batch · bytes per element. */
export function kvCacheBytes(shape: Pick<ModelShape, 'layers' | 'dModel' | 'attention'>, tokens: number, batch: number, bytes: number): number {
  checkInteger(tokens, 'tokens', 0);
  checkInteger(batch, 'batch', 1);
  checkPositive(bytes, 'bytes');
  return kvCacheElementsPerToken(shape.layers, shape.dModel, shape.attention) * tokens * batch * bytes;
}

/**
 * The same model's attention with other key/value heads, for "what would the cache be with…":
 * `mha` — one K/V head per query head; `mqa` — one K/V head (Shazeer 2019). For MLA the head size
 * is $d_h$ = the no-RoPE query/key head size, as in DeepSeek-V2's Table 1.
 */
export function withKvHeads(shape: Pick<ModelShape, 'dModel' | 'attention'>, kind: 'mha' | 'mqa'): AttentionShape {
  const a = shape.attention;
  const heads = a.kind === 'mha' ? undefined : a.heads;
  const headDim = a.kind === 'gqa' ? a.headDim : a.kind === 'mla' ? a.qkNopeDim : undefined;
  if (heads === undefined || headDim === undefined) {
    // plain MHA carries no head split: d_model = heads · head size, so MQA needs a head count
    if (kind === 'mha') return { kind: 'mha' };
    throw new RangeError('withKvHeads: an "mha" shape has no head size; describe it as gqa with kvHeads = heads');
  }
  return { kind: 'gqa', heads, kvHeads: kind === 'mha' ? heads : 1, headDim };
}

/** Query·key and value widths summed over heads ($n_h d_{qk}$, $n_h d_v$); MLA as computed without weight absorption. */
function attentionWidths(dModel: number, a: AttentionShape): { qk: number; v: number } {
  if (a.kind === 'mha') return { qk: dModel, v: dModel };
  if (a.kind === 'gqa') return { qk: a.heads * a.headDim, v: a.heads * a.headDim };
  return { qk: a.heads * (a.qkNopeDim + a.qkRopeDim), v: a.heads * a.vDim };
}

/**
 * Forward FLOPs of one token that attends to `context` earlier tokens (2 FLOPs per multiply-add).
 *
 * Weights: $2N$ with $N$ the active parameters without the input-embedding lookup (Kaplan et al.
 * 2020, arXiv:2001.08361, §2.1: $C_{forward}\approx 2N$). Attention scores and the weighted sum of
 * values: $2\,l\,n_{ctx}(n_h d_{qk} + n_h d_v)$, which Kaplan et al. keep as a separate term; it
 * matters only when $n_{ctx}$ approaches the model width times a few.
 */
export function flopsPerToken(shape: ModelShape, context: number): { weights: number; attention: number; total: number } {
  checkInteger(context, 'context', 0);
  const weights = 2 * countParameters(shape).activeWithoutLookup;
  const { qk, v } = attentionWidths(shape.dModel, shape.attention);
  const attention = 2 * shape.layers * context * (qk + v);
  return { weights, attention, total: weights + attention };
}

/**
 * Training compute $C \approx 6ND$: forward $2N$ plus backward $4N$ FLOPs per token, $N$ the
 * (active) parameters, $D$ the training tokens (Kaplan et al. 2020, §2.1; Hoffmann et al. 2022,
 * arXiv:2203.15556). Attention over the context is left out, as in both papers.
 */
export function trainingFlops(params: number, tokens: number): number {
  checkNonNegative(params, 'params');
  checkNonNegative(tokens, 'tokens');
  return 6 * params * tokens;
}

/** How the training state is stored, in bytes per parameter. */
export type AdamConvention = 'mixed' | 'fp32' | 'bf16';

/**
 * Adam's training memory for `params` parameters: weights, gradients and optimizer state
 * (activations, buffers and fragmentation not counted).
 *
 * - `mixed` (Rajbhandari et al. 2020, ZeRO, arXiv:1910.02054, §3.1): fp16/bf16 weights 2 + gradients
 *   2, fp32 master weights 4 + momentum 4 + variance 4 — **16 bytes per parameter**;
 * - `fp32`: weights 4 + gradients 4 + two moments 8 — also 16;
 * - `bf16`: everything in bf16, no master copy — 8.
 */
export function adamMemoryBytes(params: number, convention: AdamConvention): { weights: number; gradients: number; optimizer: number; total: number; bytesPerParam: number } {
  checkNonNegative(params, 'params');
  const [w, g, o] = convention === 'mixed' ? [2, 2, 12] : convention === 'fp32' ? [4, 4, 8] : [2, 2, 4];
  return { weights: w * params, gradients: g * params, optimizer: o * params, total: (w + g + o) * params, bytesPerParam: w + g + o };
}

/**
 * Expected distinct experts that `tokens` tokens touch in one MoE layer when each picks `k` of
 * `experts` uniformly at random: $E\,(1-(1-k/E)^T)$. Real routers are skewed, so fewer; the
 * point is how fast it reaches E.
 */
export function expectedExpertsTouched(experts: number, k: number, tokens: number): number {
  checkInteger(experts, 'experts', 1);
  checkInteger(k, 'k', 1, experts);
  checkInteger(tokens, 'tokens', 0);
  return experts * (1 - (1 - k / experts) ** tokens);
}

/** One decode step: every sequence of the batch adds one token. */
export interface DecodeStep {
  flops: number;
  /** weights streamed from memory: everything but the routed experts and the input table, plus the experts the batch touches */
  weightBytes: number;
  /** the KV cache read: batch · context · cache bytes per token */
  kvBytes: number;
  bytes: number;
  /** FLOPs per byte moved */
  intensity: number;
  /** expected routed experts touched per MoE layer (0 for a dense model) */
  expertsTouched: number;
}

/**
 * FLOPs and bytes of one decode step for `batch` sequences at `context` cached tokens, weights and
 * cache in `bytes` per element. Each weight is read once per step whatever the batch (the rows of
 * the input table a step reads are left out), so at small batch the intensity is about the batch
 * size per byte-per-element: far below a GPU's FLOPs-per-byte ridge, i.e. memory-bound.
 */
export function decodeStep(shape: ModelShape, options: { batch: number; context: number; bytes: number }): DecodeStep {
  const { batch, context, bytes } = options;
  checkInteger(batch, 'batch', 1);
  checkPositive(bytes, 'bytes');
  const c = countParameters(shape);
  const expertsTouched = c.moeLayers > 0 ? expectedExpertsTouched(shape.experts, shape.topK, batch) : 0;
  const expert = ffnParameters(shape.dModel, shape.expertHidden, shape.ffn);
  const weightsRead = c.total - c.routedExperts - shape.vocab * shape.dModel + c.moeLayers * expertsTouched * expert;
  const flops = batch * flopsPerToken(shape, context).total;
  const weightBytes = weightsRead * bytes;
  const kvBytes = kvCacheBytes(shape, context, batch, bytes);
  return { flops, weightBytes, kvBytes, bytes: weightBytes + kvBytes, intensity: flops / (weightBytes + kvBytes), expertsTouched };
}

/**
 * The roofline lower bound on a step's time (Williams, Waterman & Patterson 2009): the larger of
 * compute time and memory time, and which one binds.
 */
export function rooflineTime(flops: number, bytes: number, peakFlops: number, bandwidth: number): { seconds: number; bound: 'memory' | 'compute'; ridge: number } {
  checkNonNegative(flops, 'flops');
  checkNonNegative(bytes, 'bytes');
  checkPositive(peakFlops, 'peakFlops');
  checkPositive(bandwidth, 'bandwidth');
  const compute = flops / peakFlops;
  const memory = bytes / bandwidth;
  return { seconds: Math.max(compute, memory), bound: memory >= compute ? 'memory' : 'compute', ridge: peakFlops / bandwidth };
}

/**
 * All-to-all bytes of one MoE layer under expert parallelism: dispatch sends each of the
 * `tokens · k` (token, expert) assignments' d_model-vector to the expert's device, combine sends
 * the expert output back — $2\,T k\,d\,b$ in all. Counted: activations only, every assignment,
 * including those whose expert sits on the sending device (an upper bound: with uniform routing
 * over D devices a share (D−1)/D crosses the network); no routing metadata, no capacity padding.
 * Source of the pattern: GShard (arXiv:2006.16668), Switch Transformers §5.4 (arXiv:2101.03961).
 */
export function allToAllBytes(tokens: number, k: number, dModel: number, bytes: number): { dispatch: number; combine: number; total: number } {
  checkInteger(tokens, 'tokens', 0);
  checkInteger(k, 'k', 1);
  checkInteger(dModel, 'dModel', 1);
  checkPositive(bytes, 'bytes');
  const one = tokens * k * dModel * bytes;
  return { dispatch: one, combine: one, total: 2 * one };
}
