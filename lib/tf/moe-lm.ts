import * as tf from '@tensorflow/tfjs';
import { dispatchWithCapacity, expertCapacity, updateBias } from '@/lib/math';
import { softmaxCrossEntropyIds } from './backprop';
import { causalMaskTensor, traceSelfAttention, type SelfAttentionTrace } from './causal-attention';
import { glorotVariable, zerosVariable, type UniformSource } from './init';
import { linear } from './linear';
import { jitter, routeLm, type LmRouting, type RouterKind } from './moe-lm-router';
import { keepMaskTensor, loadBalancingLoss, routerZLoss } from './routing';
import { traceLayerNorm, type DecoderAttention, type LayerNormTrace } from './tiny-transformer';

/**
 * Shape of the MoE language model: a decoder-only, causal, character-level Transformer
 * (pre-LN blocks as the Tiny Transformer's) whose every FFN is a mixture of experts.
 */
export interface MoeLmConfig {
  vocabSize: number;
  /** Context length T (positions with a learned embedding). */
  context: number;
  layers: number;
  dModel: number;
  heads: number;
  /** N coarse experts; 1 is the dense baseline (one FFN, no router). */
  numExperts: number;
  /** K coarse experts per token. */
  k: number;
  /** Hidden width of one coarse expert. */
  expertHidden: number;
  /**
   * Fine-grained segmentation g (DeepSeekMoE, arXiv:2401.06066, §3.1): g·N experts of width
   * expertHidden/g, K·g of them active, so parameters and active compute stay the same.
   */
  granularity: number;
  /** One always-active expert of width expertHidden beside the routed ones (DeepSeekMoE §3.2). */
  sharedExpert: boolean;
  router: RouterKind;
}

/** The experts the model really has after fine-grained segmentation. */
export function routedShape(config: MoeLmConfig): { experts: number; k: number; width: number } {
  const g = config.granularity;
  return { experts: config.numExperts * g, k: config.k * g, width: config.expertHidden / g };
}

/** Throws a RangeError naming the first field out of range (the widget clamps before it gets here). */
export function checkMoeLmConfig(config: MoeLmConfig): void {
  const { vocabSize, context, layers, dModel, heads, numExperts, k, expertHidden, granularity } = config;
  const int = (v: number, name: string, lo: number, hi: number) => {
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${name} must be an integer in ${lo}…${hi}, got ${v}`);
  };
  int(vocabSize, 'vocabSize', 2, 65536);
  int(context, 'context', 2, 128);
  int(layers, 'layers', 1, 4);
  int(dModel, 'dModel', 8, 128);
  int(heads, 'heads', 1, dModel);
  if (dModel % heads !== 0) throw new RangeError(`heads must divide dModel (${dModel}), got ${heads}`);
  int(numExperts, 'numExperts', 1, 16);
  int(k, 'k', 1, numExperts);
  int(granularity, 'granularity', 1, 8);
  int(expertHidden, 'expertHidden', 1, 4096);
  if (expertHidden % granularity !== 0) throw new RangeError(`granularity must divide expertHidden (${expertHidden}), got ${granularity}`);
  if (numExperts === 1 && granularity !== 1) throw new RangeError('the dense model (numExperts 1) has granularity 1');
}

/** Variables of one block. Routed expert e owns columns e·w … (e+1)·w − 1 of w1/b1 and the same rows of w2. */
export interface MoeLmBlock extends DecoderAttention {
  /** W_g [d, E] (no bias, as Mixtral's router); null for the dense model. */
  router: tf.Variable | null;
  /** Auxiliary-loss-free selection bias [E], not trainable; null unless router is 'aux-free'. */
  selectionBias: tf.Variable | null;
  w1: tf.Variable;
  b1: tf.Variable;
  w2: tf.Variable;
  /** [E, d]: expert e's output bias, added with its gate. */
  b2: tf.Variable;
  shared: { w1: tf.Variable; b1: tf.Variable; w2: tf.Variable; b2: tf.Variable } | null;
}

export interface MoeLm {
  config: MoeLmConfig;
  tokenEmbedding: tf.Variable;
  positionEmbedding: tf.Variable;
  blocks: MoeLmBlock[];
  lnFinalGain: tf.Variable;
  lnFinalBias: tf.Variable;
  unembed: tf.Variable;
  unembedBias: tf.Variable;
  mask: tf.Tensor2D;
  /** Constant [E, E·w]: row e is 1 on expert e's hidden columns (spreads gates by one matMul). */
  spread: tf.Tensor2D | null;
  /** Trainable variables, in a fixed order (checkpoints and Adam use it). */
  variables: tf.Variable[];
  /** Every variable by a stable name, the selection biases included (for checkpoints). */
  named: Array<[string, tf.Variable]>;
}

const onesVariable = (n: number) => tf.tidy(() => tf.ones([n]).variable());

/** Creates the model: Glorot-uniform matrices from `rng`, unit LN gains, zero biases. */
export function createMoeLm(config: MoeLmConfig, rng: UniformSource): MoeLm {
  checkMoeLmConfig(config);
  const { vocabSize: V, context, dModel: d, layers, expertHidden: h } = config;
  const { experts: E, width: w } = routedShape(config);
  const named: Array<[string, tf.Variable]> = [];
  const add = (name: string, v: tf.Variable) => {
    named.push([name, v]);
    return v;
  };
  const tokenEmbedding = add('tokenEmbedding', glorotVariable(rng, V, d));
  const positionEmbedding = add('positionEmbedding', glorotVariable(rng, context, d));
  const blocks: MoeLmBlock[] = Array.from({ length: layers }, (_, l) => {
    const p = `block${l}.`;
    return {
      ln1Gain: add(`${p}ln1Gain`, onesVariable(d)),
      ln1Bias: add(`${p}ln1Bias`, zerosVariable([d])),
      wq: add(`${p}wq`, glorotVariable(rng, d, d)),
      wk: add(`${p}wk`, glorotVariable(rng, d, d)),
      wv: add(`${p}wv`, glorotVariable(rng, d, d)),
      wo: add(`${p}wo`, glorotVariable(rng, d, d)),
      ln2Gain: add(`${p}ln2Gain`, onesVariable(d)),
      ln2Bias: add(`${p}ln2Bias`, zerosVariable([d])),
      router: E > 1 ? add(`${p}router`, glorotVariable(rng, d, E)) : null,
      selectionBias: E > 1 && config.router === 'aux-free' ? add(`${p}selectionBias`, tf.tidy(() => tf.zeros([E]).variable(false))) : null,
      w1: add(`${p}w1`, glorotVariable(rng, d, E * w, d, w)),
      b1: add(`${p}b1`, zerosVariable([E * w])),
      w2: add(`${p}w2`, glorotVariable(rng, E * w, d, w, d)),
      b2: add(`${p}b2`, zerosVariable([E, d])),
      shared: config.sharedExpert
        ? {
            w1: add(`${p}shared.w1`, glorotVariable(rng, d, h)),
            b1: add(`${p}shared.b1`, zerosVariable([h])),
            w2: add(`${p}shared.w2`, glorotVariable(rng, h, d)),
            b2: add(`${p}shared.b2`, zerosVariable([d])),
          }
        : null,
    };
  });
  const lnFinalGain = add('lnFinalGain', onesVariable(d));
  const lnFinalBias = add('lnFinalBias', zerosVariable([d]));
  const unembed = add('unembed', glorotVariable(rng, d, V));
  const unembedBias = add('unembedBias', zerosVariable([V]));
  let spread: tf.Tensor2D | null = null;
  if (E > 1) {
    const data = new Float32Array(E * E * w);
    for (let e = 0; e < E; e++) data.fill(1, e * E * w + e * w, e * E * w + (e + 1) * w);
    spread = tf.tensor2d(data, [E, E * w]);
  }
  const variables = named.filter(([, v]) => v.trainable).map(([, v]) => v);
  return { config, tokenEmbedding, positionEmbedding, blocks, lnFinalGain, lnFinalBias, unembed, unembedBias, mask: causalMaskTensor(context), spread, variables, named };
}

/** Frees every variable and constant of the model. */
export function disposeMoeLm(model: MoeLm): void {
  tf.dispose([...model.named.map(([, v]) => v), model.mask, ...(model.spread ? [model.spread] : [])]);
}

/** Per-call options of the forward pass. */
export interface MoeLmForwardOptions {
  /** Capacity factor of every MoE layer; 0 or absent: dropless. Capacity counts all tokens of the call. */
  capacityFactor?: number;
  /** Router jitter ε (training only) and the U(0, 1) draws [layers][tokens·d] it needs. */
  jitter?: { epsilon: number; uniform: tf.Tensor2D[] };
  /**
   * How the routed experts run: 'gather' gives each expert only its own tokens (K/N of the FFN's
   * multiply-adds, one read of the chosen experts per layer on the CPU side); 'all' runs every
   * expert on every token and zeroes the unchosen by their gates (no read back: better where a
   * read stalls a GPU queue, and for a few tokens, where a dozen more kernels per expert cost more
   * than they save). Equal results (moe-lm.test.ts). Default: defaultDispatch.
   */
  dispatch?: 'gather' | 'all';
}

/** From this many tokens a call gathers each expert's tokens (a training batch at the defaults has 1,024; generation 1–64). */
export const GATHER_MIN_TOKENS = 512;

/** The default dispatch for `tokens` on the current backend (see MoeLmForwardOptions.dispatch). */
export function defaultDispatch(tokens: number): 'gather' | 'all' {
  const backend = tf.getBackend();
  return backend === 'webgl' || backend === 'webgpu' || tokens < GATHER_MIN_TOKENS ? 'all' : 'gather';
}

/** One layer's routing after capacity; every tensor belongs to the caller. */
export type MoeLmLayerRouting = LmRouting & {
  /** 1 for assignments kept after capacity, [tokens, N] (equals mask when dropless). */
  kept: tf.Tensor2D;
  /** Gates actually applied, weights ⊙ kept, [tokens, N]. */
  combine: tf.Tensor2D;
};

export type MoeLmForward = {
  /** Next-character logits [batch·T, V], position-major within each sequence. */
  logits: tf.Tensor2D;
  layers: MoeLmLayerRouting[];
};

/**
 * Token lookup. tf.gather's own gradient needs a kernel tfjs-wasm lacks (UnsortedSegmentSum), and
 * the one-hot matMul that replaces it costs tokens·V·d multiply-adds (130 M at the defaults,
 * V = 2000); the gradient is a scatter-add of the rows of dy instead, done on the CPU side
 * (tokens·d adds).
 */
export function embedTokens(table: tf.Variable | tf.Tensor2D, ids: tf.Tensor1D, vocab: number): tf.Tensor2D {
  const lookup = tf.customGrad((...inputs: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const [t, i, save] = inputs as [tf.Tensor, tf.Tensor1D, tf.GradSaveFunc];
    // The ids are saved for the backward pass: a tidy may free them before the gradient runs.
    save([i]);
    return {
      value: tf.gather(t, i),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => [scatterAddRows(saved[0] as tf.Tensor1D, dy as tf.Tensor2D, vocab), tf.zerosLike(saved[0])],
    };
  });
  return lookup(table, ids) as tf.Tensor2D;
}

/** [rows, d]: row r is the sum of the rows of g [ids, d] whose id is r (embedTokens's gradient), added up on the CPU side. */
export function scatterAddRows(ids: tf.Tensor1D, g: tf.Tensor2D, rows: number): tf.Tensor2D {
  const at = ids.dataSync();
  const d = g.shape[1];
  const values = g.dataSync();
  const out = new Float32Array(rows * d);
  for (let r = 0; r < at.length; r++) {
    const base = at[r] * d;
    for (let c = 0; c < d; c++) out[base + c] += values[r * d + c];
  }
  return tf.tensor2d(out, [rows, d]);
}

/** Rows `ids` of x [n, d], with embedTokens's gradient (a scatter-add on the CPU side, no UnsortedSegmentSum). */
const gatherRows = (x: tf.Tensor2D, ids: tf.Tensor1D): tf.Tensor2D => embedTokens(x, ids, x.shape[0]);

function denseRouting(tokens: number): MoeLmLayerRouting {
  const ones = tf.ones([tokens, 1]) as tf.Tensor2D;
  return { logits: tf.zeros([tokens, 1]), probs: ones, indices: tf.zeros([tokens, 1], 'int32'), mask: ones.clone(), weights: ones.clone(), kept: ones.clone(), combine: ones.clone() };
}

/** One routed expert's part of a gathered dispatch (what its backward pass reads). */
export interface GatheredExpert {
  expert: number;
  /** The tokens it serves, [n_e] int32, ascending. */
  rows: tf.Tensor1D;
  /** Per token, its row of the expert's outputs, or n_e (a zero row) for a token it does not serve, [tokens] int32. */
  at: tf.Tensor1D;
  /** Its tokens' rows of x, [n_e, d]. */
  input: tf.Tensor2D;
  /** ReLU(x_e·W1_e + b1_e), [n_e, w]. */
  hidden: tf.Tensor2D;
  /** Its output at token positions before the gate (zero rows for the others), [tokens, d]. */
  output: tf.Tensor2D;
}

/**
 * Σ_e combine[:, e] · E_e(x) with each expert run on its own tokens only: the kept assignments
 * (`indices` [tokens][K], `keptSlots` after capacity, or all) list each expert's tokens; their
 * rows of x are gathered, the expert's slice of w1/b1/w2/b2 runs on them, and its outputs are
 * gathered back to token positions (a zero row for the other tokens) and weighted by its gate.
 * A token appears at most once per expert, so `at` inverts `rows`. Not tidied.
 */
function gatheredExperts(model: MoeLm, b: MoeLmBlock, x: tf.Tensor2D, combine: tf.Tensor2D, indices: number[][], keptSlots: boolean[][] | null): { y: tf.Tensor2D; experts: GatheredExpert[] } {
  const { experts: E } = routedShape(model.config);
  const [tokens, d] = x.shape;
  const members: number[][] = Array.from({ length: E }, () => []);
  indices.forEach((row, t) => row.forEach((e, j) => (keptSlots === null || keptSlots[t][j] ? members[e].push(t) : undefined)));
  const w1 = tf.split(b.w1, E, 1) as tf.Tensor2D[];
  const b1 = tf.split(b.b1, E, 0);
  const w2 = tf.split(b.w2, E, 0) as tf.Tensor2D[];
  const b2 = tf.split(b.b2, E, 0);
  const gates = tf.split(combine, E, 1);
  const zeroRow = tf.zeros([1, d]);
  const parts: tf.Tensor2D[] = [];
  const experts: GatheredExpert[] = [];
  members.forEach((list, e) => {
    if (list.length === 0) return;
    const rows = tf.tensor1d(list, 'int32');
    const input = gatherRows(x, rows);
    const hidden = tf.relu(linear(input, w1[e]).add(b1[e])) as tf.Tensor2D;
    const ye = linear(hidden, w2[e]).add(b2[e]) as tf.Tensor2D;
    // token t's row of ye, or the zero row n_e for a token the expert does not serve
    const inverse = new Int32Array(tokens).fill(list.length);
    list.forEach((t, i) => (inverse[t] = i));
    const at = tf.tensor1d(inverse, 'int32');
    const output = gatherRows(tf.concat([ye, zeroRow]) as tf.Tensor2D, at);
    experts.push({ expert: e, rows, at, input, hidden, output });
    parts.push(output.mul(gates[e]) as tf.Tensor2D);
  });
  return { y: (parts.length ? tf.addN(parts) : tf.zeros([tokens, d])) as tf.Tensor2D, experts };
}

/** A layer's router input (after jitter), its routing after capacity, and the CPU-side choices when read. Not tidied. */
function routeLayer(model: MoeLm, b: MoeLmBlock, x: tf.Tensor2D, layer: number, options: MoeLmForwardOptions): { routerInput: tf.Tensor2D; routing: MoeLmLayerRouting; indices: number[][] | null; keptSlots: boolean[][] | null; dispatch: 'gather' | 'all' } {
  const { experts: E, k } = routedShape(model.config);
  const tokens = x.shape[0];
  const routerInput = options.jitter ? jitter(x, options.jitter.uniform[layer], options.jitter.epsilon) : x;
  const logits = routerInput.matMul(b.router as tf.Tensor2D) as tf.Tensor2D;
  const r = routeLm(logits, k, model.config.router, (b.selectionBias ?? undefined) as tf.Tensor1D | undefined);
  let kept = r.mask;
  const cf = options.capacityFactor ?? 0;
  const dispatch = options.dispatch ?? defaultDispatch(tokens);
  const indices = cf > 0 || dispatch === 'gather' ? (r.indices.arraySync() as number[][]) : null;
  let keptSlots: boolean[][] | null = null;
  if (cf > 0 && indices) {
    // The keep decision is discrete and small: the reference rule itself decides it on the CPU.
    keptSlots = dispatchWithCapacity(indices, E, expertCapacity(tokens, E, k, cf)).kept;
    kept = keepMaskTensor(indices, keptSlots, E);
  }
  const combine = cf > 0 ? (r.weights.mul(kept) as tf.Tensor2D) : r.weights;
  return { routerInput, routing: { ...r, kept, combine }, indices, keptSlots, dispatch };
}

/** The FFN of one block with what its backward pass reads (moe-lm-gradients.ts); null where the option is off. */
export interface MoeFfnTrace {
  y: tf.Tensor2D;
  routing: MoeLmLayerRouting;
  /** The router's input x (⊙ jitter noise), [tokens, d]; null for the dense model. */
  routerInput: tf.Tensor2D | null;
  /** Dense model and 'all' dispatch: ReLU(x·W1 + b1), [tokens, E·w]. */
  hidden: tf.Tensor2D | null;
  /** 'all' dispatch: combine·spread (each hidden unit's gate) and hidden ⊙ it (W2's input), [tokens, E·w]. */
  spreadGates: tf.Tensor2D | null;
  scaled: tf.Tensor2D | null;
  /** 'gather' dispatch: the experts that served at least one token. */
  gathered: GatheredExpert[] | null;
  /** The shared expert's ReLU(x·S1 + c1), [tokens, h]. */
  sharedHidden: tf.Tensor2D | null;
}

/** The MoE FFN of block `b` on x [tokens, d]: Σ_e gate_{t,e}·E_e(x_t) (+ the shared expert). Not tidied. */
function moeFfn(model: MoeLm, b: MoeLmBlock, x: tf.Tensor2D, layer: number, options: MoeLmForwardOptions): MoeFfnTrace {
  const { experts: E } = routedShape(model.config);
  const tokens = x.shape[0];
  let trace: MoeFfnTrace;
  if (E === 1 || !b.router || !model.spread) {
    const hidden = tf.relu(linear(x, b.w1 as tf.Tensor2D).add(b.b1)) as tf.Tensor2D;
    const y = linear(hidden, b.w2 as tf.Tensor2D).add(b.b2) as tf.Tensor2D;
    trace = { y, routing: denseRouting(tokens), routerInput: null, hidden, spreadGates: null, scaled: null, gathered: null, sharedHidden: null };
  } else {
    const { routerInput, routing, indices, keptSlots, dispatch } = routeLayer(model, b, x, layer, options);
    if (dispatch === 'gather' && indices) {
      const g = gatheredExperts(model, b, x, routing.combine, indices, keptSlots);
      trace = { y: g.y, routing, routerInput, hidden: null, spreadGates: null, scaled: null, gathered: g.experts, sharedHidden: null };
    } else {
      // Every expert runs on every token; the gates zero all but the kept K.
      const hidden = tf.relu(linear(x, b.w1 as tf.Tensor2D).add(b.b1)) as tf.Tensor2D;
      const spreadGates = routing.combine.matMul(model.spread) as tf.Tensor2D;
      const scaled = hidden.mul(spreadGates) as tf.Tensor2D;
      const y = linear(scaled, b.w2 as tf.Tensor2D).add(routing.combine.matMul(b.b2 as tf.Tensor2D)) as tf.Tensor2D;
      trace = { y, routing, routerInput, hidden, spreadGates, scaled, gathered: null, sharedHidden: null };
    }
  }
  if (b.shared) {
    const s = b.shared;
    const sharedHidden = tf.relu(linear(x, s.w1 as tf.Tensor2D).add(s.b1)) as tf.Tensor2D;
    trace = { ...trace, y: trace.y.add(linear(sharedHidden, s.w2 as tf.Tensor2D).add(s.b2)), sharedHidden };
  }
  return trace;
}

/** One block's forward pass, kept for the backward pass. */
export interface MoeLmBlockTrace {
  /** LayerNorm 1 of the block's input, [batch, T, d]. */
  ln1: LayerNormTrace<tf.Tensor3D>;
  attention: SelfAttentionTrace;
  /** LayerNorm 2 of the residual stream after attention. */
  ln2: LayerNormTrace<tf.Tensor3D>;
  /** LayerNorm 2's output as tokens [batch·T, d]: the FFN's input. */
  ffnInput: tf.Tensor2D;
  ffn: MoeFfnTrace;
}

export type MoeLmTrace = MoeLmForward & {
  /** The token ids [batch·T] int32. */
  ids: tf.Tensor1D;
  blocks: MoeLmBlockTrace[];
  final: LayerNormTrace<tf.Tensor3D>;
  /** The final LayerNorm's output [batch·T, d]: the unembedding's input. */
  finalFlat: tf.Tensor2D;
};

/** moeLmForward with every intermediate its hand-written backward pass reads (moe-lm-gradients.ts). Not tidied: the caller owns them. */
export function traceMoeLm(model: MoeLm, tokens: tf.Tensor2D, options: MoeLmForwardOptions = {}): MoeLmTrace {
  const { vocabSize: V, dModel: d, heads } = model.config;
  const [batch, length] = tokens.shape;
  if (length > model.config.context) throw new RangeError(`at most ${model.config.context} positions, got ${length}`);
  const ids = tokens.reshape([batch * length]).cast('int32') as tf.Tensor1D;
  const positions = model.positionEmbedding.slice([0, 0], [length, d]);
  const mask = model.mask.slice([0, 0], [length, length]) as tf.Tensor2D;
  let h = embedTokens(model.tokenEmbedding, ids, V).reshape([batch, length, d]).add(positions) as tf.Tensor3D;
  const blocks: MoeLmBlockTrace[] = [];
  model.blocks.forEach((b, l) => {
    const ln1 = traceLayerNorm(h, b.ln1Gain, b.ln1Bias);
    const attention = traceSelfAttention(ln1.y, { wq: b.wq as tf.Tensor2D, wk: b.wk as tf.Tensor2D, wv: b.wv as tf.Tensor2D, wo: b.wo as tf.Tensor2D }, heads, mask);
    h = h.add(attention.output);
    const ln2 = traceLayerNorm(h, b.ln2Gain, b.ln2Bias);
    const ffnInput = ln2.y.reshape([batch * length, d]) as tf.Tensor2D;
    const ffn = moeFfn(model, b, ffnInput, l, options);
    blocks.push({ ln1, attention, ln2, ffnInput, ffn });
    h = h.add(ffn.y.reshape([batch, length, d]));
  });
  const final = traceLayerNorm(h, model.lnFinalGain, model.lnFinalBias);
  const finalFlat = final.y.reshape([batch * length, d]) as tf.Tensor2D;
  const logits = linear(finalFlat, model.unembed as tf.Tensor2D).add(model.unembedBias) as tf.Tensor2D;
  return { logits, layers: blocks.map((b) => b.ffn.routing), ids, blocks, final, finalFlat };
}

/**
 * Forward pass on tokens [batch, T ≤ context] (int32): embeddings, pre-LN blocks (causal
 * attention, then the MoE FFN; a dropped assignment adds nothing, so a token whose every
 * assignment is dropped passes through the residual unchanged), final LN, unembedding.
 */
export function moeLmForward(model: MoeLm, tokens: tf.Tensor2D, options: MoeLmForwardOptions = {}): MoeLmForward {
  return tf.tidy(() => {
    const { logits, layers } = traceMoeLm(model, tokens, options);
    return { logits, layers };
  });
}

/** Coefficients of the training loss. */
export interface MoeLmLossOptions extends MoeLmForwardOptions {
  /** λ of the Switch/HF balancing loss N·Σ_e f_e·P_e (mean over layers). */
  lambda: number;
  /** c_z of the router z-loss (mean over layers; ST-MoE, arXiv:2202.08906). */
  zLoss: number;
}

/** The loss terms of a batch and each layer's expert counts; every tensor belongs to the caller. */
export type MoeLmLoss = {
  /** cross-entropy + λ·aux + c_z·z, nats. */
  total: tf.Scalar;
  /** Mean next-character cross-entropy, nats. */
  crossEntropy: tf.Scalar;
  aux: tf.Scalar;
  z: tf.Scalar;
  /** Assignments chosen per expert before capacity, [layers, E]. */
  chosen: tf.Tensor2D;
  /** Assignments kept after capacity, [layers, E]. */
  kept: tf.Tensor2D;
};

/** Loss of predicting `targets` [batch, T] (the next character of each position of `tokens`). */
export function moeLmLoss(model: MoeLm, tokens: tf.Tensor2D, targets: tf.Tensor2D, options: MoeLmLossOptions): MoeLmLoss {
  return tf.tidy(() => {
    const { logits, layers } = moeLmForward(model, tokens, options);
    const crossEntropy = softmaxCrossEntropyIds(logits, targets.reshape([-1]) as tf.Tensor1D);
    const routed = routedShape(model.config).experts > 1;
    return moeLmLossTerms(crossEntropy, layers, routed ? layers.map((r) => routerZLoss(r.logits)) : null, options);
  });
}

/**
 * The loss terms from the cross-entropy and each layer's routing: the balancing loss and the
 * z-loss (`zLosses`, one per layer, as routerZLoss gives them; null for the dense model, which has
 * neither) averaged over layers, their total, and each layer's chosen and kept counts. Shared by
 * moeLmLoss and the hand-written backward pass (which computes the z-losses from the logsumexp it
 * also differentiates). Not tidied.
 */
export function moeLmLossTerms(crossEntropy: tf.Scalar, layers: readonly MoeLmLayerRouting[], zLosses: readonly tf.Scalar[] | null, options: MoeLmLossOptions): MoeLmLoss {
  const mean = (terms: readonly tf.Scalar[]) => tf.addN([...terms]).div(terms.length) as tf.Scalar;
  const aux = zLosses ? mean(layers.map((r) => loadBalancingLoss(r.probs, r.mask))) : tf.scalar(0);
  const z = zLosses ? mean(zLosses) : tf.scalar(0);
  let total = crossEntropy;
  if (options.lambda > 0 && zLosses) total = total.add(aux.mul(options.lambda));
  if (options.zLoss > 0 && zLosses) total = total.add(z.mul(options.zLoss));
  const chosen = tf.stack(layers.map((r) => r.mask.sum(0))) as tf.Tensor2D;
  const kept = tf.stack(layers.map((r) => r.kept.sum(0))) as tf.Tensor2D;
  return { total, crossEntropy, aux, z, chosen, kept };
}

/**
 * One auxiliary-loss-free bias update per layer from the assignments each expert got in the
 * step (`chosen` [layers][E], before capacity): b ← b + γ·sign(mean − c), by lib/math updateBias.
 */
export function updateSelectionBias(model: MoeLm, chosen: readonly (readonly number[])[], gamma: number): void {
  model.blocks.forEach((b, l) => {
    if (!b.selectionBias) return;
    const next = updateBias(Array.from(b.selectionBias.dataSync()), chosen[l], gamma);
    tf.tidy(() => b.selectionBias!.assign(tf.tensor1d(next)));
  });
}

/** Parameter counts: all of them, and those one token uses (K·g routed experts, not all E). */
export function moeLmParameterCounts(config: MoeLmConfig): { total: number; active: number } {
  const { vocabSize: V, context, dModel: d, layers, expertHidden: h } = config;
  const { experts: E, k, width: w } = routedShape(config);
  const expert = d * w + w + w * d + d;
  const router = E > 1 ? d * E : 0;
  const shared = config.sharedExpert ? d * h + h + h * d + d : 0;
  const attention = 4 * d * d + 4 * d;
  const outside = V * d + context * d + 2 * d + d * V + V;
  return {
    total: outside + layers * (attention + router + shared + E * expert),
    active: outside + layers * (attention + router + shared + k * expert),
  };
}

/**
 * The dense baseline with (as nearly as a whole width allows) the same active parameter count:
 * one FFN of width w with d·w + w + w·d + d equal to the MoE layer's active FFN parameters
 * (K·g routed experts, the router and the shared expert).
 */
export function denseEquivalent(config: MoeLmConfig): MoeLmConfig {
  const { dModel: d } = config;
  const { experts: E, k, width: w } = routedShape(config);
  const activeFfn = k * (2 * d * w + w + d) + (E > 1 ? d * E : 0) + (config.sharedExpert ? 2 * d * config.expertHidden + config.expertHidden + d : 0);
  const width = Math.max(1, Math.round((activeFfn - d) / (2 * d + 1)));
  return { ...config, numExperts: 1, k: 1, granularity: 1, sharedExpert: false, router: 'mixtral', expertHidden: width };
}
