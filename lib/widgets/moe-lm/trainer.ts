import * as tf from '@tensorflow/tfjs';
import { createRandom, type Random } from '@/lib/math';
import { streamSeed } from '@/lib/data/sampling';
import { createFusedAdam, type FusedAdam } from '@/lib/tf/fused-adam';
import {
  createMoeLm,
  denseEquivalent,
  disposeMoeLm,
  moeLmForward,
  moeLmParameterCounts,
  routedShape,
  updateSelectionBias,
  type MoeLm,
  type MoeLmConfig,
} from '@/lib/tf/moe-lm';
import { moeLmGradients } from '@/lib/tf/moe-lm-gradients';
import { loadMoeLm, saveMoeLm, type MoeLmCheckpointMeta } from '@/lib/tf/moe-lm-checkpoint';
import { sampleToken, type SamplingOptions } from './sampling';

/** Everything a training run needs besides the model's shape. */
export interface LmTrainOptions {
  lr: number;
  /** Sequences per step, each `context` characters long. */
  batch: number;
  seed: number;
  /** λ of the balancing loss. */
  lambda: number;
  /** c_z of the router z-loss. */
  zLoss: number;
  /** Capacity factor, 0 for dropless. */
  capacityFactor: number;
  /** Router jitter ε (0: none). */
  jitter: number;
  /** γ of the aux-free bias update (used only with router 'aux-free'). */
  biasSpeed: number;
  /** Train the dense model of the same active parameter count beside it, on the same batches. */
  withDense: boolean;
}

/** Token ids of the corpus: one training stream, and each source's held-out stream. */
export interface LmCorpusIds {
  train: Int32Array;
  heldout: readonly Int32Array[];
}

/** A checkpoint's metadata: the model's shape, its vocabulary and how it was trained. */
export interface LmCheckpointMeta extends MoeLmCheckpointMeta {
  vocab: string[];
  training: LmTrainOptions;
  steps: number;
  /** Held-out bits per character measured when it was saved (evaluateBpc). */
  heldoutBpc: number;
  /** Hash of the corpus file it was trained on. */
  corpusHash: string;
}

/** Windows (each `context` + 1 characters) in the fixed held-out evaluation. */
export const EVAL_WINDOWS = 48;

/** A loss above 4 × ln V nats (four times a uniform guess) or not finite counts as divergence. */
export const divergenceLoss = (vocab: number) => 4 * Math.log(vocab);

/** One token's routing in one layer. */
export interface TokenRoute {
  /** The expert with the largest gate (top-1). */
  expert: number;
  /** Each expert's routing probability (LmRouting.probs: softmax, or normalised sigmoid affinities). */
  probs: number[];
  /** Whether capacity dropped at least one of the token's K assignments. */
  dropped: boolean;
}

/** Figures of the last training step. */
export interface StepStats {
  step: number;
  /** Bits per character of the last batch, MoE and (when trained) dense. */
  trainBpc: number;
  denseTrainBpc: number | null;
  /** Per layer: share of routed assignments each expert was chosen for (before capacity). */
  load: number[][];
  /** Share of routed assignments dropped by capacity in the last step (all layers). */
  dropped: number;
  diverged: boolean;
}

export interface LmTrainer {
  readonly model: MoeLm;
  readonly config: MoeLmConfig;
  readonly options: LmTrainOptions;
  readonly params: { total: number; active: number };
  readonly denseParams: { total: number; active: number } | null;
  readonly steps: number;
  step(count?: number): StepStats;
  /** Held-out bits per character (MoE and dense) on the fixed held-out windows, and the MoE's load there (per layer, share per expert). */
  evaluate(): { heldoutBpc: number; denseHeldoutBpc: number | null; load: number[][] };
  /** Per character of `ids` and per layer, its routing; text longer than the context runs in chunks. */
  route(ids: ArrayLike<number>): TokenRoute[][];
  /** Continues `prompt` by `count` characters. */
  generate(prompt: ArrayLike<number>, count: number, sampling: SamplingOptions, seed: number): number[];
  /** The MoE model as a checkpoint file. */
  save(meta: Omit<LmCheckpointMeta, 'format' | 'version' | 'config' | 'training' | 'steps'>): Uint8Array;
  sync(): void;
  dispose(): void;
}

const LN2 = Math.log(2);

/**
 * The fixed held-out windows: EVAL_WINDOWS windows of length T + 1, shared among the sources in
 * proportion to their held-out lengths (at least one each), so the figure weighs the sources as
 * the corpus does and compares with the corpus's unigram entropy; evenly spaced within a source.
 */
export function heldoutWindows(heldout: readonly Int32Array[], context: number): number[][] {
  const span = context + 1;
  const usable = heldout.filter((ids) => ids.length >= span);
  if (usable.length === 0) throw new RangeError(`the held-out text needs at least ${span} characters in one source`);
  const total = usable.reduce((n, ids) => n + ids.length, 0);
  const windows: number[][] = [];
  for (const ids of usable) {
    const n = Math.min(Math.max(1, Math.round((EVAL_WINDOWS * ids.length) / total)), Math.floor(ids.length / span));
    const stride = n > 1 ? Math.floor((ids.length - span) / (n - 1)) : 0;
    for (let i = 0; i < n; i++) windows.push(Array.from(ids.subarray(i * stride, i * stride + span)));
  }
  return windows;
}

/**
 * How a training step runs the routed experts. With the hand-written backward pass, every expert
 * on every token beat each expert on its own tokens at the defaults on tfjs-wasm (N 8, K 2, 1,024
 * tokens: ~615 against ~1,100 kernels a step and about half the time, scripts/bench-lm.ts
 * --backward-ab): a gather costs more there than the 4× FFN multiply-adds it saves. Same results
 * either way (moe-lm-gradients.test.ts). Forward-only calls keep defaultDispatch.
 */
const TRAIN_DISPATCH = 'all';

interface Member {
  model: MoeLm;
  adam: FusedAdam;
}

/**
 * A training run of the MoE language model (and optionally its dense twin) on random windows of
 * the training stream. `initial` continues from a checkpoint's model (and step count) instead of
 * a fresh one; the trainer owns it from then on.
 */
export function createLmTrainer(config: MoeLmConfig, options: LmTrainOptions, corpus: LmCorpusIds, initial?: { model: MoeLm; steps: number }): LmTrainer {
  const T = config.context;
  if (corpus.train.length < T + 2) throw new RangeError(`the training text needs more than ${T + 1} characters`);
  const member = (model: MoeLm): Member => ({ model, adam: createFusedAdam(model.variables, { learningRate: options.lr }) });
  const moe = member(initial?.model ?? createMoeLm(config, createRandom(streamSeed(options.seed, 1))));
  const denseConfig = options.withDense ? denseEquivalent(config) : null;
  // Beside a checkpoint the dense twin is made on the first step: an untrained twin's held-out
  // figure says nothing next to a trained model, and evaluating it was ~40 % of the first snapshot.
  const makeDense = () => member(createMoeLm(denseConfig!, createRandom(streamSeed(options.seed, 2))));
  let dense = denseConfig && !initial ? makeDense() : null;
  const batchRng = createRandom(streamSeed(options.seed, 3));
  const jitterRng = createRandom(streamSeed(options.seed, 4));
  const windows = heldoutWindows(corpus.heldout, T);
  const evalInputs = tf.tensor2d(windows.map((w) => w.slice(0, T)), [windows.length, T], 'int32');
  // each held-out target's place in the flat log-probabilities [windows·T·V]: row·V + id (no one-hot of windows·T × V)
  const evalTargets = tf.tensor1d(
    windows.flatMap((w, i) => w.slice(1).map((id, t) => (i * T + t) * config.vocabSize + id)),
    'int32',
  );
  const { experts: E } = routedShape(config);
  let steps = initial?.steps ?? 0;
  let disposed = false;
  // the weights change only in a step: snapshots of the same step (a text edit, a pause) reuse the figures
  let evaluated: { steps: number; figures: ReturnType<LmTrainer['evaluate']> } | null = null;

  function nextBatch(): { x: tf.Tensor2D; y: tf.Tensor2D } {
    const x = new Int32Array(options.batch * T);
    const y = new Int32Array(options.batch * T);
    for (let b = 0; b < options.batch; b++) {
      const start = batchRng.int(corpus.train.length - T);
      x.set(corpus.train.subarray(start, start + T), b * T);
      y.set(corpus.train.subarray(start + 1, start + T + 1), b * T);
    }
    return { x: tf.tensor2d(x, [options.batch, T], 'int32'), y: tf.tensor2d(y, [options.batch, T], 'int32') };
  }

  function jitterDraws(rng: Random, tokens: number): tf.Tensor2D[] {
    return Array.from({ length: config.layers }, () => {
      const u = new Float32Array(tokens * config.dModel);
      for (let i = 0; i < u.length; i++) u[i] = rng.next();
      return tf.tensor2d(u, [tokens, config.dModel]);
    });
  }

  /**
   * One Adam step of `member` on the hand-written gradient (moeLmGradients, proven equal to
   * autodiff of moeLmLoss for every option); returns [cross-entropy, chosen counts (layers × E),
   * kept counts], read back in one dataSync.
   */
  function trainMember(member: Member, x: tf.Tensor2D, y: tf.Tensor2D, routed: boolean): Float32Array {
    const uniform = routed && options.jitter > 0 ? jitterDraws(jitterRng, x.size) : null;
    const { terms, grads } = moeLmGradients(member.model, x, y, {
      lambda: routed ? options.lambda : 0,
      zLoss: routed ? options.zLoss : 0,
      capacityFactor: routed ? options.capacityFactor : 0,
      jitter: uniform ? { epsilon: options.jitter, uniform } : undefined,
      dispatch: TRAIN_DISPATCH,
    });
    member.adam.applyGradients(grads);
    const figures = tf.tidy(() => tf.concat([terms.crossEntropy.reshape([1]), terms.chosen.reshape([-1]), terms.kept.reshape([-1])]));
    const data = figures.dataSync() as Float32Array;
    tf.dispose([figures, grads, terms, ...(uniform ?? [])]);
    return data;
  }

  function trainOne(): StepStats {
    const { x, y } = nextBatch();
    const f = trainMember(moe, x, y, true);
    if (denseConfig && !dense) dense = makeDense();
    const denseFigures = dense ? trainMember(dense, x, y, false) : null;
    tf.dispose([x, y]);
    const L = config.layers;
    const chosen = Array.from({ length: L }, (_, l) => Array.from(f.subarray(1 + l * E, 1 + (l + 1) * E)));
    const keptTotal = f.subarray(1 + L * E).reduce((a, b) => a + b, 0);
    const chosenTotal = chosen.flat().reduce((a, b) => a + b, 0);
    if (config.router === 'aux-free' && E > 1) updateSelectionBias(moe.model, chosen, options.biasSpeed);
    steps++;
    const limit = divergenceLoss(config.vocabSize);
    const diverged = !(f[0] < limit) || (denseFigures !== null && !(denseFigures[0] < limit));
    return {
      step: steps,
      trainBpc: f[0] / LN2,
      denseTrainBpc: denseFigures ? denseFigures[0] / LN2 : null,
      load: chosen.map((c) => {
        const total = c.reduce((a, b) => a + b, 0);
        return c.map((v) => v / total);
      }),
      dropped: 1 - keptTotal / chosenTotal,
      diverged,
    };
  }

  function heldout(model: MoeLm, routed: boolean): { bpc: number; load: number[][] } {
    const figures = tf.tidy(() => {
      const { logits, layers } = moeLmForward(model, evalInputs, { capacityFactor: routed ? options.capacityFactor : 0 });
      const loss = tf.gather(tf.logSoftmax(logits).reshape([-1]), evalTargets).mean().neg().reshape([1]);
      return tf.concat([loss, ...layers.map((r) => r.mask.sum(0))]);
    });
    const data = figures.dataSync();
    figures.dispose();
    const width = routed ? E : 1;
    const load = Array.from({ length: config.layers }, (_, l) => {
      const counts = Array.from(data.subarray(1 + l * width, 1 + (l + 1) * width));
      const total = counts.reduce((a, b) => a + b, 0);
      return counts.map((c) => c / total);
    });
    return { bpc: data[0] / LN2, load };
  }

  function checkLive() {
    if (disposed) throw new Error('trainer is disposed');
  }

  return {
    model: moe.model,
    config,
    options,
    params: moeLmParameterCounts(config),
    denseParams: denseConfig ? moeLmParameterCounts(denseConfig) : null,
    get steps() {
      return steps;
    },
    step(count = 1) {
      checkLive();
      let stats: StepStats | null = null;
      for (let i = 0; i < count; i++) {
        stats = trainOne();
        if (stats.diverged) break;
      }
      return stats!;
    },
    evaluate() {
      checkLive();
      if (evaluated?.steps !== steps) {
        const m = heldout(moe.model, true);
        evaluated = { steps, figures: { heldoutBpc: m.bpc, denseHeldoutBpc: dense ? heldout(dense.model, false).bpc : null, load: m.load } };
      }
      return evaluated.figures;
    },
    route(ids) {
      checkLive();
      const all = Array.from(ids);
      const out: TokenRoute[][] = [];
      for (let start = 0; start < all.length; start += T) {
        const chunk = all.slice(start, start + T);
        const figures = tf.tidy(() => {
          const { layers } = moeLmForward(moe.model, tf.tensor2d([chunk], [1, chunk.length], 'int32'), { capacityFactor: options.capacityFactor });
          return layers.map((r) => ({ probs: r.probs.arraySync() as number[][], combine: r.combine.arraySync() as number[][], weights: r.weights.arraySync() as number[][], kept: r.kept.arraySync() as number[][], mask: r.mask.arraySync() as number[][] }));
        });
        chunk.forEach((_, t) => {
          out.push(
            figures.map((f) => {
              const w = f.weights[t];
              const expert = w.indexOf(Math.max(...w));
              const dropped = f.mask[t].some((m, e) => m > 0 && f.kept[t][e] === 0);
              return { expert, probs: f.probs[t], dropped };
            }),
          );
        });
      }
      return out;
    },
    generate(prompt, count, sampling, seed) {
      checkLive();
      const rng = createRandom(seed);
      const ids = Array.from(prompt);
      for (let i = 0; i < count; i++) {
        const window = ids.slice(-T);
        if (window.length === 0) window.push(0);
        const logits = tf.tidy(() => {
          const { logits: all } = moeLmForward(moe.model, tf.tensor2d([window], [1, window.length], 'int32'), { capacityFactor: options.capacityFactor });
          return all.slice([window.length - 1, 0], [1, config.vocabSize]);
        });
        const values = logits.dataSync();
        logits.dispose();
        ids.push(sampleToken(values, sampling, rng));
      }
      return ids.slice(ids.length - count);
    },
    save(meta) {
      checkLive();
      return saveMoeLm<LmCheckpointMeta>(moe.model, { ...meta, format: 'moe-lm', version: 1, config, training: options, steps });
    },
    sync() {
      moe.model.unembedBias.dataSync();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const m of [moe, ...(dense ? [dense] : [])]) {
        m.adam.dispose();
        disposeMoeLm(m.model);
      }
      tf.dispose([evalInputs, evalTargets]);
    },
  };
}

/**
 * A trainer that continues from a checkpoint file (decoded once); the checkpoint's training
 * options unless `options` are given, or computed from its metadata (a function, which may throw
 * to refuse the checkpoint). The decoded model is freed when no trainer is made.
 */
export function trainerFromCheckpoint(
  bytes: ArrayBuffer | Uint8Array,
  corpus: LmCorpusIds,
  options?: Partial<LmTrainOptions> | ((meta: LmCheckpointMeta) => Partial<LmTrainOptions>),
): { trainer: LmTrainer; meta: LmCheckpointMeta } {
  const { model, meta } = loadMoeLm<LmCheckpointMeta>(bytes);
  try {
    const chosen = typeof options === 'function' ? options(meta) : options;
    return { trainer: createLmTrainer(meta.config, { ...meta.training, ...chosen }, corpus, { model, steps: meta.steps }), meta };
  } catch (error) {
    disposeMoeLm(model);
    throw error;
  }
}
