import {
  argmax,
  ensembleVariance,
  meanPairwiseCorrelation,
  outOfBag,
  populationVariance,
  softVote,
  type Matrix,
  type OutOfBag,
  type SoftmaxRegression,
} from '@/lib/math';
import type { Dataset } from '@/lib/data/datasets';
import { accuracy, combine, fitMeta, unflatten, type Combined } from './combine';
import { COMBINERS, STACK_FOLDS, type Combiner, type EnsembleMethod } from './options';
import type { EnsembleResult } from './protocol';

/** Test points whose member outputs the lab lists (and the e2e test recomputes). */
export const PROBE_COUNT = 4;

/** The variance formula with the measured correlation of the members' errors plugged in. */
export interface VarianceFigures {
  /** Mean pairwise correlation ρ of the members' errors e_m(x) = 1 − p_m(true class | x) over the test set. */
  rho: number;
  /** Mean over members of the variance σ² of e_m over the test set. */
  sigma2: number;
  /** ρσ² + (1 − ρ)σ²/M. */
  formula: number;
  /** The variance of the averaged error (1/M)Σ e_m, measured. */
  measured: number;
}

/** Everything the lab shows for one method, M and combiner; computed with lib/math from the worker's outputs. */
export interface LabView {
  method: EnsembleMethod;
  /** Members shown: min(M, members made). */
  members: number;
  combiner: Combiner;
  /** Predicted class per grid cell of each shown member. */
  memberGrids: Uint8Array[];
  memberAccuracies: number[];
  weights: number[];
  combined: Uint8Array;
  accuracy: number;
  /** Test accuracy vs M of every combiner. */
  curves: Record<Combiner, number[]>;
  variance: VarianceFigures | null;
  oob: OutOfBag | null;
  foldSizes: number[];
  meta: SoftmaxRegression;
  probes: {
    points: number[][];
    labels: number[];
    /** [member][probe][class] */
    memberProbs: Matrix[];
    combined: Record<Combiner, Combined>;
  };
  /** The same N experts as an ensemble (soft vote of N bagged MLPs) and as an MoE (top-K). */
  compare: { experts: number; k: number; ensembleAccuracy: number; moeAccuracy: number; ensembleEvals: number; moeEvals: number };
}

const argmaxGrid = (probs: Matrix) => Uint8Array.from(probs.map((row) => argmax(row)));

/** The variance figures of members' test errors (null for a single member: no pairs to correlate). */
export function varianceFigures(test: readonly Matrix[], labels: readonly number[]): VarianceFigures | null {
  if (test.length < 2) return null;
  const errors = test.map((p) => labels.map((y, s) => 1 - p[s][y]));
  const rho = meanPairwiseCorrelation(errors);
  const sigma2 = errors.reduce((sum, e) => sum + populationVariance(e), 0) / errors.length;
  const mean = labels.map((_, s) => errors.reduce((sum, e) => sum + e[s], 0) / errors.length);
  return { rho, sigma2, formula: ensembleVariance(Math.max(-1, Math.min(1, rho)), sigma2, test.length), measured: populationVariance(mean) };
}

/** Computes the lab's view from a result, the data sets, and the learner's method / M / combiner. */
export function labView(
  result: EnsembleResult,
  data: { train: Dataset; test: Dataset },
  options: { method: EnsembleMethod; members: number; combiner: Combiner; experts: number; k: number },
): LabView {
  const outputs = result[options.method];
  const C = result.numClasses;
  const M = Math.max(1, Math.min(options.members, outputs.count));
  const grid = unflatten(outputs.grid, M, result.gridSize * result.gridSize, C);
  const test = unflatten(outputs.test, M, result.testPoints, C);
  const oof = unflatten(outputs.oof, M, result.trainPoints, C);
  const weights = outputs.weights.slice(0, M);
  const meta = fitMeta(oof, data.train.labels, C);
  const combinedGrid = combine(options.combiner, grid, weights, meta);
  const combinedTest = combine(options.combiner, test, weights, meta);
  const probeTest = test.map((p) => p.slice(0, PROBE_COUNT));
  const oob =
    options.method === 'bagging' ? outOfBag(unflatten(outputs.train, M, result.trainPoints, C), outputs.counts.slice(0, M), data.train.labels) : null;
  const bagged = unflatten(result.bagging.test, Math.min(options.experts, result.bagging.count), result.testPoints, C);
  const ensembleAccuracy = accuracy(softVote(bagged).map((row) => argmax(row)), data.test.labels);
  return {
    method: options.method,
    members: M,
    combiner: options.combiner,
    memberGrids: grid.map(argmaxGrid),
    memberAccuracies: test.map((p) => accuracy(p.map((row) => argmax(row)), data.test.labels)),
    weights,
    combined: Uint8Array.from(combinedGrid.labels),
    accuracy: accuracy(combinedTest.labels, data.test.labels),
    curves: outputs.curves,
    variance: varianceFigures(test, data.test.labels),
    oob,
    foldSizes: Array.from({ length: STACK_FOLDS }, (_, f) => result.folds.filter((g) => g === f).length),
    meta,
    probes: {
      points: data.test.points.slice(0, PROBE_COUNT),
      labels: data.test.labels.slice(0, PROBE_COUNT),
      memberProbs: probeTest,
      combined: Object.fromEntries(COMBINERS.map((c) => [c, combine(c, probeTest, weights, meta)])) as Record<Combiner, Combined>,
    },
    compare: {
      experts: options.experts,
      k: options.k,
      ensembleAccuracy,
      moeAccuracy: result.moe.accuracy,
      ensembleEvals: options.experts,
      moeEvals: options.k,
    },
  };
}
