import * as tf from '@tensorflow/tfjs';
import { createRandom } from '@/lib/math';
import { createFusedAdam } from '@/lib/tf/fused-adam';
import { createTinyTransformer, disposeTinyTransformer, sequenceLoss, tinyTransformerParameterCount, transformerHidden, transformerLogits, type TinyTransformerConfig } from '@/lib/tf/tiny-transformer';
import { streamSeed } from '@/lib/data/sampling';
import { sampleBatch, SEPARATOR, solveTask, VOCAB_SIZE } from './tasks';
import type { ExampleView, TransformerConfig, TransformerSnapshot } from './protocol';

/** Sequences in the fixed evaluation set of a run. */
export const EVAL_SIZE = 128;
/** The FFN is this many times d_model wide (Vaswani et al.: 2048 = 4 · 512). */
export const FFN_MULTIPLIER = 4;

/** A minibatch cross-entropy above 10·ln V (ten times a uniform guess) counts as divergence. */
export const DIVERGENCE_LOSS = 10 * Math.log(VOCAB_SIZE);

/** A training run of the Tiny Transformer on fresh random sequences each step. */
export interface TransformerTrainer {
  readonly config: TransformerConfig;
  readonly params: number;
  readonly steps: number;
  step(count?: number): void;
  /** Metrics on the evaluation set and the model's answer to `digits`. */
  snapshot(digits: readonly number[]): TransformerSnapshot;
  /** Whether a minibatch loss since the last call was NaN/±Inf or above DIVERGENCE_LOSS; resets the record. */
  diverged(): boolean;
  sync(): void;
  dispose(): void;
}

/** The model shape of a run. */
export function modelConfigFor(config: TransformerConfig): TinyTransformerConfig {
  return { vocab: VOCAB_SIZE, length: 2 * config.length, dModel: config.dModel, heads: config.heads, layers: config.layers, ffnMultiplier: FFN_MULTIPLIER };
}

/** Builds the model, its Adam optimizer and the evaluation set of `config`. */
export function createTransformerTrainer(config: TransformerConfig): TransformerTrainer {
  const L = config.length;
  const modelConfig = modelConfigFor(config);
  const model = createTinyTransformer(modelConfig, createRandom(streamSeed(config.seed, 1)));
  const batchRng = createRandom(streamSeed(config.seed, 2));
  const evalSet = sampleBatch(config.task, L, EVAL_SIZE, createRandom(streamSeed(config.seed, 3)));
  const evalInputs = tf.tensor2d(evalSet.inputs, [EVAL_SIZE, 2 * L], 'int32');
  const evalTargets = tf.tensor2d(evalSet.targets, [EVAL_SIZE, L], 'int32');
  const optimizer = createFusedAdam(model.variables, { learningRate: config.lr });
  const params = tinyTransformerParameterCount(modelConfig);
  let steps = 0;
  let disposed = false;
  // [worst, sum] of the minibatch losses since the last `diverged()`, kept on the device.
  let record = tf.tensor1d([-Infinity, 0]);

  function trainOne(): void {
    const batch = sampleBatch(config.task, L, config.batch, batchRng);
    const inputs = tf.tensor2d(batch.inputs, [config.batch, 2 * L], 'int32');
    const targets = tf.tensor2d(batch.targets, [config.batch, L], 'int32');
    const cost = optimizer.minimize(() => sequenceLoss(model, inputs, targets, L).loss);
    const next = tf.tidy(() => tf.stack([tf.maximum(record.slice(0, 1).reshape([]), cost), record.slice(1, 1).reshape([]).add(cost)]) as tf.Tensor1D);
    tf.dispose([record, cost, inputs, targets]);
    record = next;
  }

  /** Greedy answer to `digits`, then the attention maps over the tokens it read. */
  function example(digits: readonly number[]): ExampleView {
    const predicted: number[] = [];
    const confidence: number[] = [];
    const tokens = [...digits, SEPARATOR, ...new Array<number>(L - 1).fill(0)];
    for (let i = 0; i < L; i++) {
      const probs = tf.tidy(() => {
        // Causal: the placeholder zeros after position L + i do not change its logits.
        const logits = transformerLogits(model, tf.tensor2d([tokens], [1, 2 * L], 'int32'), L + i, 1);
        return tf.softmax(logits.reshape([VOCAB_SIZE]).slice(0, 10));
      });
      const p = probs.dataSync();
      probs.dispose();
      let best = 0;
      for (let j = 1; j < 10; j++) if (p[j] > p[best]) best = j;
      predicted.push(best);
      confidence.push(p[best]);
      if (i < L - 1) tokens[L + 1 + i] = best;
    }
    const maps = tf.tidy(() => {
      const { attention } = transformerHidden(model, tf.tensor2d([tokens], [1, 2 * L], 'int32'));
      return tf.concat(attention.map((a) => a.reshape([-1])));
    });
    const attention = new Float32Array(maps.dataSync());
    maps.dispose();
    return { digits: [...digits], expected: solveTask(config.task, digits), predicted, confidence, tokens, attention };
  }

  return {
    config,
    params,
    get steps() {
      return steps;
    },
    step(count = 1) {
      if (disposed) throw new Error('trainer is disposed');
      for (let i = 0; i < count; i++) {
        trainOne();
        steps++;
      }
    },
    snapshot(digits) {
      if (disposed) throw new Error('trainer is disposed');
      const metrics = tf.tidy(() => {
        const logits = transformerLogits(model, evalInputs, L, L);
        const labels = tf.oneHot(evalTargets, VOCAB_SIZE).cast('float32');
        const loss = tf.losses.softmaxCrossEntropy(labels.reshape([-1, VOCAB_SIZE]), logits.reshape([-1, VOCAB_SIZE]));
        const right = logits.argMax(2).equal(evalTargets).cast('float32') as tf.Tensor2D;
        return tf.stack([loss, right.mean(), right.min(1).mean()]);
      });
      const [loss, accuracy, sequenceAccuracy] = Array.from(metrics.dataSync());
      metrics.dispose();
      return { step: steps, running: false, loss, accuracy, sequenceAccuracy, example: example(digits), params, stepsPerSecond: 0 };
    },
    diverged() {
      const [worst, sum] = Array.from(record.dataSync());
      record.dispose();
      record = tf.tensor1d([-Infinity, 0]);
      return !Number.isFinite(sum) || worst > DIVERGENCE_LOSS;
    },
    sync() {
      model.unembed.dataSync();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      optimizer.dispose();
      disposeTinyTransformer(model);
      tf.dispose([evalInputs, evalTargets, record]);
    },
  };
}
