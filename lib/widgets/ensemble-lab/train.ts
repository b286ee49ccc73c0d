import * as tf from '@tensorflow/tfjs';
import { adaBoost, bootstrapCounts, createRandom, fitDecisionTree, foldAssignment, outOfBag, treePredict, treeProbs, type BoostRound, type Matrix } from '@/lib/math';
import { createMlpStack, disposeMlpStack, mlpStackLoss, mlpStackProbs, stackInputs } from '@/lib/tf/mlp-stack';
import { createFusedAdam } from '@/lib/tf/fused-adam';
import { createMoeClassifier, disposeMoeClassifier, moeClassifierForward, type MoeClassifierConfig } from '@/lib/tf/moe-classifier';
import { moeClassifierGradients } from '@/lib/tf/moe-gradients';
import { expertParameterCount, routerParameterCount } from '@/lib/tf/moe-layer';
import { gridPoints, type Dataset } from '@/lib/data/datasets';
import { streamSeed } from '@/lib/data/sampling';
import { ensembleData } from './train-data';
import { accuracy, combine, fitMeta, unflatten } from './combine';
import {
  COMBINERS,
  ENSEMBLE_GRID,
  ENSEMBLE_UNITS,
  MAX_MEMBERS,
  STACK_FOLDS,
  TRAIN_STEPS,
  type Combiner,
  type EnsembleConfig,
  type EnsembleResult,
  type EnsembleSnapshot,
  type MemberOutputs,
  type MoeOutputs,
} from './protocol';

/** Adam learning rate of every MLP and of the MoE. */
const LEARNING_RATE = 0.04;

/** A model trained by Adam steps, then evaluated once; `dispose` frees its tensors (once, however often it is called). */
interface Phase<Out> {
  step(): void;
  finish(): Out;
  dispose(): void;
}

/** `free` run at most once. */
function once(free: () => void): () => void {
  let done = false;
  return () => {
    if (!done) free();
    done = true;
  };
}

/** Test accuracy vs M = 1 … count for every combiner; stacking refits the meta-learner per M. */
function curves(labels: number[], testLabels: number[], test: Matrix[], oof: Matrix[], weights: number[], numClasses: number): Record<Combiner, number[]> {
  const out = Object.fromEntries(COMBINERS.map((c) => [c, [] as number[]])) as Record<Combiner, number[]>;
  for (let m = 1; m <= test.length; m++) {
    const meta = fitMeta(oof.slice(0, m), labels, numClasses);
    for (const c of COMBINERS) out[c].push(accuracy(combine(c, test.slice(0, m), weights.slice(0, m), meta).labels, testLabels));
  }
  return out;
}

function flatProbs(rounds: readonly BoostRound[], points: readonly number[][], numClasses: number): Float32Array {
  const out = new Float32Array(rounds.length * points.length * numClasses);
  rounds.forEach((r, m) => points.forEach((p, s) => out.set(treeProbs(r.tree, p), (m * points.length + s) * numClasses)));
  return out;
}

/** Bagging: MAX_MEMBERS MLPs on bootstrap samples, plus STACK_FOLDS × MAX_MEMBERS fold models for out-of-fold predictions, trained as one batch. */
function startBagging(config: EnsembleConfig, train: Dataset, test: Dataset, grid: number[][], folds: number[]): Phase<MemberOutputs> {
  const n = train.points.length;
  const C = train.numClasses;
  const rng = createRandom(streamSeed(config.seed, 5));
  const counts = Array.from({ length: MAX_MEMBERS }, () => bootstrapCounts(n, rng));
  const foldCounts = Array.from({ length: STACK_FOLDS }, (_, f) => {
    const pool = folds.flatMap((g, i) => (g === f ? [] : [i]));
    return Array.from({ length: MAX_MEMBERS }, () => bootstrapCounts(n, rng, pool));
  }).flat();
  const B = MAX_MEMBERS * (1 + STACK_FOLDS);
  const stack = createMlpStack(B, 2, config.hidden, C, createRandom(streamSeed(config.seed, 6)));
  const optimizer = createFusedAdam(stack.variables, { learningRate: LEARNING_RATE });
  const x = tf.tensor2d(train.points.flat(), [n, 2]);
  const inputs = stackInputs(stack, x);
  const oneHot = tf.tidy(() => tf.oneHot(tf.tensor1d(train.labels, 'int32'), C).cast('float32') as tf.Tensor2D);
  const countTensor = tf.tensor2d([...counts, ...foldCounts].flat(), [B, n]);
  const step = () => optimizer.minimize(() => mlpStackLoss(stack, inputs, oneHot, countTensor)).dispose();
  const dispose = once(() => {
    optimizer.dispose();
    disposeMlpStack(stack);
    tf.dispose([x, inputs, oneHot, countTensor]);
  });
  function finish(): MemberOutputs {
    const trainAll = mlpStackProbs(stack, inputs);
    const predict = (points: number[][]) => {
      const px = tf.tensor2d(points.flat(), [points.length, 2]);
      const pin = stackInputs(stack, px);
      const all = mlpStackProbs(stack, pin);
      tf.dispose([px, pin]);
      return all.slice(0, MAX_MEMBERS * points.length * C);
    };
    const testProbs = predict(test.points);
    const gridProbs = predict(grid);
    const trainProbs = trainAll.slice(0, MAX_MEMBERS * n * C);
    const oof = new Float32Array(MAX_MEMBERS * n * C);
    for (let m = 0; m < MAX_MEMBERS; m++) {
      for (let s = 0; s < n; s++) {
        const model = MAX_MEMBERS + folds[s] * MAX_MEMBERS + m;
        oof.set(trainAll.subarray((model * n + s) * C, (model * n + s + 1) * C), (m * n + s) * C);
      }
    }
    const trainM = unflatten(trainProbs, MAX_MEMBERS, n, C);
    // each member's own out-of-bag accuracy weighs it in the weighted average
    const weights = trainM.map((p, m) => Math.max(outOfBag([p], [counts[m]], train.labels).accuracy, 1e-3));
    const testM = unflatten(testProbs, MAX_MEMBERS, test.points.length, C);
    const oofM = unflatten(oof, MAX_MEMBERS, n, C);
    return {
      count: MAX_MEMBERS,
      train: trainProbs,
      test: testProbs,
      grid: gridProbs,
      oof,
      weights,
      counts,
      errors: [],
      curves: curves(train.labels, test.labels, testM, oofM, weights, C),
    };
  }
  return { step, finish, dispose };
}

/** AdaBoost with trees of the config's depth; out-of-fold members come from boosting without each fold. */
function trainBoosting(config: EnsembleConfig, train: Dataset, test: Dataset, grid: number[][], folds: number[]): MemberOutputs {
  const C = train.numClasses;
  const n = train.points.length;
  const rounds = adaBoost(train.points, train.labels, C, { rounds: MAX_MEMBERS, depth: config.depth });
  // A first tree no better than chance stops AdaBoost at once: keep that one tree (with a token α)
  // so the views still have a member; the UI says boosting stopped.
  if (rounds.length === 0) {
    const tree = fitDecisionTree(train.points, train.labels, train.labels.map(() => 1 / n), C, config.depth);
    const error = train.labels.reduce((e, y, i) => e + (treePredict(tree, train.points[i]) === y ? 0 : 1 / n), 0);
    rounds.push({ tree, error, alpha: 0 });
  }
  const kept = rounds;
  const count = kept.length;
  const oof = new Float32Array(count * n * C);
  for (let f = 0; f < STACK_FOLDS; f++) {
    const foldRounds = adaBoost(train.points, train.labels, C, {
      rounds: MAX_MEMBERS,
      depth: config.depth,
      sampleWeights: folds.map((g) => (g === f ? 0 : 1)),
    });
    for (let m = 0; m < count; m++) {
      // a fold's boosting may stop earlier: its last round stands in for the missing ones
      const round = foldRounds[Math.min(m, foldRounds.length - 1)];
      for (let s = 0; s < n; s++) {
        if (folds[s] !== f) continue;
        oof.set(round ? treeProbs(round.tree, train.points[s]) : new Array<number>(C).fill(1 / C), (m * n + s) * C);
      }
    }
  }
  const weights = kept.map((r) => Math.max(r.alpha, 1e-3));
  const testProbs = flatProbs(kept, test.points, C);
  return {
    count,
    train: flatProbs(kept, train.points, C),
    test: testProbs,
    grid: flatProbs(kept, grid, C),
    oof,
    weights,
    counts: [],
    errors: kept.map((r) => r.error),
    curves: count > 0 ? curves(train.labels, test.labels, unflatten(testProbs, count, test.points.length, C), unflatten(oof, count, n, C), weights, C) : { hard: [], soft: [], weighted: [], stacking: [] },
  };
}

/** The MoE with N experts of the members' size and top-K routing, trained jointly (router + experts) on the full training set. */
function startMoe(config: EnsembleConfig, train: Dataset, test: Dataset, grid: number[][]): Phase<MoeOutputs> {
  const C = train.numClasses;
  const moeConfig: MoeClassifierConfig = {
    inputDim: 2,
    numClasses: C,
    numExperts: config.experts,
    k: config.k,
    hidden: config.hidden,
    activation: 'relu',
    renormalize: true,
    noisyGating: false,
    embedDim: 0,
    lambda: 0.01,
    zLossCoef: 0,
    capacityFactor: 0,
  };
  const model = createMoeClassifier(moeConfig, createRandom(streamSeed(config.seed, 7)));
  const optimizer = createFusedAdam(model.variables, { learningRate: LEARNING_RATE });
  const x = tf.tensor2d(train.points.flat(), [train.points.length, 2]);
  const oneHot = tf.tidy(() => tf.oneHot(tf.tensor1d(train.labels, 'int32'), C).cast('float32') as tf.Tensor2D);
  function step(): void {
    const { terms, grads } = moeClassifierGradients(model, x, oneHot);
    optimizer.applyGradients(grads);
    tf.dispose([Object.values(terms), grads]);
  }
  const dispose = once(() => {
    optimizer.dispose();
    disposeMoeClassifier(model);
    tf.dispose([x, oneHot]);
  });
  function finish(): MoeOutputs {
    const evaluate = (points: number[][]) =>
      tf.tidy(() => {
        const { classLogits, moe } = moeClassifierForward(model, tf.tensor2d(points.flat(), [points.length, 2]));
        return {
          classes: Array.from(classLogits.argMax(1).dataSync()),
          top1: Array.from(moe.topIndices.slice([0, 0], [-1, 1]).dataSync()),
          load: Array.from(moe.selectionMask.mean(0).div(config.k).dataSync()),
        };
      });
    const onTest = evaluate(test.points);
    const onGrid = evaluate(grid);
    const layer = { ...moeConfig, inputDim: 2, outputDim: C };
    return {
      accuracy: accuracy(onTest.classes, test.labels),
      classGrid: Uint8Array.from(onGrid.classes),
      expertGrid: Uint8Array.from(onGrid.top1),
      load: onTest.load,
      // parameters ≈ multiply-adds per input for these dense layers (bias adds counted as one each)
      expertCost: expertParameterCount(layer),
      routerCost: routerParameterCount(layer),
    };
  }
  return { step, finish, dispose };
}

/** The trainer the run handler steps: one step is one unit of work (ENSEMBLE_UNITS in all). */
export interface EnsembleTrainer {
  /** Units done. */
  readonly steps: number;
  /** Does the next `count` units (default 1); nothing once the run is complete. */
  step(count?: number): void;
  /** Nothing to wait for: the lab runs on wasm or cpu, which compute synchronously. */
  sync(): void;
  /** The run's state (the loop fills in `running` and `stepsPerSecond`); the result comes in the first snapshot after the last unit only, as its buffers then move to the page. */
  snapshot(): EnsembleSnapshot;
  dispose(): void;
}

/** Where the units of a run begin: bagging's steps, then its predictions, boosting, the MoE's steps and its evaluation. */
const BAGGED = TRAIN_STEPS;
const BOOSTING = BAGGED + 1;
const MOE_START = BOOSTING + 1;
const MOE_TRAINED = MOE_START + TRAIN_STEPS;

/** What the next unit does, for the status line. */
function stageAt(steps: number): Pick<EnsembleSnapshot, 'stage' | 'share'> {
  if (steps < BAGGED) return { stage: 'members', share: steps / TRAIN_STEPS };
  if (steps === BAGGED) return { stage: 'combining', share: 0 };
  if (steps === BOOSTING) return { stage: 'boosting', share: 0 };
  if (steps <= MOE_TRAINED) return { stage: 'moe', share: (steps - MOE_START) / TRAIN_STEPS };
  return { stage: 'combining', share: 1 };
}

/**
 * Everything the lab trains for `config`, one unit at a time so the run handler can yield between
 * chunks (a newer configure replaces the run). The members, the trees and the MoE come out the same
 * however the units are chunked: every random draw has its own seeded stream.
 */
export function createEnsembleTrainer(config: EnsembleConfig): EnsembleTrainer {
  const start = performance.now();
  const { train, test } = ensembleData(config);
  const gridFlat = gridPoints(ENSEMBLE_GRID);
  const grid = Array.from({ length: ENSEMBLE_GRID * ENSEMBLE_GRID }, (_, i) => [gridFlat[2 * i], gridFlat[2 * i + 1]]);
  const folds = foldAssignment(train.points.length, STACK_FOLDS);
  // both models are built at once (each draws from its own seeded stream) and freed when done
  const bagging = startBagging(config, train, test, grid, folds);
  const moe = startMoe(config, train, test, grid);
  let baggingOut: MemberOutputs | null = null;
  let boostingOut: MemberOutputs | null = null;
  let result: EnsembleResult | null = null;
  let handedOver = false;
  let steps = 0;

  function unit(): void {
    if (steps < BAGGED) bagging.step();
    else if (steps === BAGGED) {
      baggingOut = bagging.finish();
      bagging.dispose();
    } else if (steps === BOOSTING) boostingOut = trainBoosting(config, train, test, grid, folds);
    else if (steps < MOE_TRAINED) moe.step();
    else {
      if (!baggingOut || !boostingOut) throw new Error('the ensemble trainer ran its units out of order');
      const moeOut = moe.finish();
      moe.dispose();
      result = {
        numClasses: train.numClasses,
        trainPoints: train.points.length,
        testPoints: test.points.length,
        gridSize: ENSEMBLE_GRID,
        folds,
        bagging: baggingOut,
        boosting: boostingOut,
        moe: moeOut,
        backend: tf.getBackend(),
        trainMs: performance.now() - start,
      };
    }
    steps++;
  }

  return {
    get steps() {
      return steps;
    },
    step(count = 1) {
      for (let i = 0; i < count && steps < ENSEMBLE_UNITS; i++) unit();
    },
    sync() {},
    snapshot() {
      const handOver = result !== null && !handedOver;
      if (handOver) handedOver = true;
      return { step: steps, running: false, stepsPerSecond: 0, config, ...stageAt(steps), result: handOver ? result : null };
    },
    dispose() {
      bagging.dispose();
      moe.dispose();
    },
  };
}
