import * as tf from '@tensorflow/tfjs';
import { createRandom, expertCapacity } from '@/lib/math';
import { compareParameterCounts, createDenseClassifier, denseGradients, type DenseClassifier } from '@/lib/tf/dense-classifier';
import { createFusedAdam } from '@/lib/tf/fused-adam';
import { createMoeClassifier, disposeMoeClassifier, type MoeClassifier, type MoeClassifierConfig } from '@/lib/tf/moe-classifier';
import { moeClassifierGradients } from '@/lib/tf/moe-gradients';
import { datasetForConfig, gridPoints } from '@/lib/data/datasets';
import { evaluateDense, evaluateMoe, type EvalData } from './evaluate';
import { createBatchSampler, streamSeed } from '@/lib/data/sampling';
import { GRID_SIZE, type ParameterCounts, type TrainConfig, type TrainSnapshot } from './protocol';

/** A training run of the MoE classifier and its dense baseline on the same minibatches. */
export interface Trainer {
  readonly config: TrainConfig;
  readonly params: ParameterCounts;
  /** Minibatches trained so far. */
  readonly steps: number;
  /** Trains `count` minibatches (default 1) of both models with Adam. */
  step(count?: number): void;
  /** Metrics and maps at the current step; `running` false and `stepsPerSecond` 0 (the worker fills them). */
  snapshot(): TrainSnapshot;
  /**
   * Models whose minibatch loss since the last call was NaN/±Inf or above `divergenceLoss`;
   * resets the record. Read on the device side, so it costs no sync per step.
   */
  divergence(): Array<'moe' | 'dense'>;
  /** Waits until queued backend work is done (webgl runs asynchronously); used for timing. */
  sync(): void;
  /** Frees every tensor and variable of the run. */
  dispose(): void;
}

/**
 * A minibatch cross-entropy above 20·ln C (20× the loss of a uniform guess) counts as divergence.
 * With Adam a huge learning rate (lr = 10) makes the loss explode on the first steps and then
 * kills the ReLUs, leaving a finite loss at chance level: NaN alone would miss it.
 */
export function divergenceLoss(numClasses: number): number {
  return 20 * Math.log(numClasses);
}

/** The MoE classifier's config for a run on a dataset with `numClasses` classes. */
export function moeConfigFor(config: TrainConfig, numClasses: number): MoeClassifierConfig {
  return {
    inputDim: 2,
    numClasses,
    numExperts: config.experts,
    k: config.k,
    hidden: config.hidden,
    activation: config.activation,
    renormalize: config.renorm,
    noisyGating: config.noise,
    embedDim: config.embed,
    lambda: config.lambda,
    zLossCoef: config.zloss,
    capacityFactor: config.capacity,
  };
}

/** Builds both models, their Adam optimizers and the fixed data tensors for `config`. */
export function createTrainer(config: TrainConfig): Trainer {
  const dataset = datasetForConfig(config);
  const n = dataset.points.length;
  const moeConfig = moeConfigFor(config, dataset.numClasses);
  const params = compareParameterCounts(moeConfig);
  const moe: MoeClassifier = createMoeClassifier(moeConfig, createRandom(streamSeed(config.seed, 1)));
  const dense: DenseClassifier = createDenseClassifier(
    { inputDim: 2, hidden: params.denseHidden, numClasses: dataset.numClasses, activation: config.activation },
    createRandom(streamSeed(config.seed, 2)),
  );
  const nextBatch = createBatchSampler(n, config.batch, createRandom(streamSeed(config.seed, 3)));
  const gatingNoise = createRandom(streamSeed(config.seed, 4));
  const optimizer = createFusedAdam([...moe.variables, ...dense.variables], { learningRate: config.lr });
  const labels = tf.tensor1d(dataset.labels, 'int32');
  const data: EvalData = {
    x: tf.tensor2d(Float32Array.from(dataset.points.flat()), [n, 2]),
    labels,
    oneHot: tf.tidy(() => tf.oneHot(labels, dataset.numClasses).cast('float32') as tf.Tensor2D),
    grid: tf.tensor2d(gridPoints(GRID_SIZE), [GRID_SIZE * GRID_SIZE, 2]),
  };
  const capacityShare = config.capacity > 0 ? Math.min(1, expertCapacity(n, config.experts, config.k, config.capacity) / (n * config.k)) : null;
  let steps = 0;
  let disposed = false;
  // [moe, dense] minibatch losses since the last `divergence()`: the worst, and the sum (NaN-proof).
  let worstLoss = tf.fill([2], -Infinity) as tf.Tensor1D;
  let lossSum = tf.zeros([2]) as tf.Tensor1D;

  function trainOne(): void {
    const indices = nextBatch();
    let epsilon: tf.Tensor2D | undefined;
    if (config.noise) {
      const values = new Float32Array(config.batch * config.experts);
      for (let i = 0; i < values.length; i++) values[i] = gatingNoise.normal();
      epsilon = tf.tensor2d(values, [config.batch, config.experts]);
    }
    const [xb, yb] = tf.tidy(() => {
      const rows = tf.tensor1d(indices, 'int32');
      return [tf.gather(data.x, rows) as tf.Tensor2D, tf.gather(data.oneHot, rows) as tf.Tensor2D];
    });
    // The MoE minimises CE + λ·aux + c_z·z; divergence is judged on each model's cross-entropy.
    const moeStep = moeClassifierGradients(moe, xb, yb, epsilon);
    const denseStep = denseGradients(dense, xb, yb);
    // The two models share no variable, so one Adam over both is two independent Adams.
    optimizer.applyGradients([...moeStep.grads, ...denseStep.grads]);
    const moeCost = moeStep.terms.crossEntropy;
    const denseCost = denseStep.loss;
    const [worst, sum] = tf.tidy(() => {
      const costs = tf.stack([moeCost, denseCost]);
      return [tf.maximum(worstLoss, costs) as tf.Tensor1D, lossSum.add(costs) as tf.Tensor1D];
    });
    tf.dispose([worstLoss, lossSum, Object.values(moeStep.terms), moeStep.grads, denseCost, denseStep.grads, xb, yb, epsilon]);
    worstLoss = worst;
    lossSum = sum;
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
    snapshot(): TrainSnapshot {
      if (disposed) throw new Error('trainer is disposed');
      const moeView = evaluateMoe(moe, data);
      return {
        step: steps,
        running: false,
        ...moeView,
        capacityShare,
        gridSize: GRID_SIZE,
        dense: evaluateDense(dense, data),
        params,
        stepsPerSecond: 0,
        tensors: tf.memory().numTensors,
      };
    },
    divergence() {
      const limit = divergenceLoss(dataset.numClasses);
      const worst = worstLoss.dataSync();
      const sum = lossSum.dataSync();
      const models = (['moe', 'dense'] as const).filter((_, i) => !Number.isFinite(sum[i]) || worst[i] > limit);
      tf.dispose([worstLoss, lossSum]);
      worstLoss = tf.fill([2], -Infinity) as tf.Tensor1D;
      lossSum = tf.zeros([2]) as tf.Tensor1D;
      return models;
    },
    sync() {
      moe.layer.w2.dataSync();
      dense.w2.dataSync();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      optimizer.dispose();
      disposeMoeClassifier(moe);
      for (const v of dense.variables) v.dispose();
      tf.dispose([data.x, data.labels, data.oneHot, data.grid, worstLoss, lossSum]);
    },
  };
}
