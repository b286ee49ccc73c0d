import {
  argmax,
  fitSoftmaxRegression,
  hardVote,
  predictSoftmaxRegression,
  softVote,
  weightedAverage,
  type Matrix,
  type SoftmaxRegression,
} from '@/lib/math';
import type { Combiner } from './protocol';

/** Member-major probabilities flat [member][sample][class] → one samples × classes matrix per member (first `members`). */
export function unflatten(flat: Float32Array, members: number, samples: number, classes: number): Matrix[] {
  return Array.from({ length: members }, (_, m) =>
    Array.from({ length: samples }, (_, s) => Array.from(flat.subarray((m * samples + s) * classes, (m * samples + s + 1) * classes))),
  );
}

/** Stacking's level-1 features: sample s → every member's class probabilities, concatenated. */
export function stackFeatures(probs: readonly Matrix[]): Matrix {
  return probs[0].map((_, s) => probs.flatMap((p) => p[s]));
}

/** The meta-learner (softmax regression, Wolpert 1992) fitted on the members' out-of-fold probabilities. */
export function fitMeta(oof: readonly Matrix[], labels: readonly number[], numClasses: number): SoftmaxRegression {
  return fitSoftmaxRegression(stackFeatures(oof), labels, numClasses, { iterations: 150, learningRate: 1, l2: 1e-3 });
}

/** A combined prediction: a class per sample, and class probabilities where the combiner has them. */
export interface Combined {
  labels: number[];
  probs: Matrix | null;
}

/**
 * Combines members' probabilities (`probs[m]` samples × classes) with lib/math: hard vote of the
 * members' argmax labels; soft vote (equal-weight mean); weighted average of each class column with
 * `weights`; stacking through `meta` (required for it).
 */
export function combine(combiner: Combiner, probs: readonly Matrix[], weights: readonly number[], meta?: SoftmaxRegression): Combined {
  switch (combiner) {
    case 'hard':
      return { labels: hardVote(probs.map((p) => p.map((row) => argmax(row)))), probs: null };
    case 'soft': {
      const mean = softVote(probs);
      return { labels: mean.map((row) => argmax(row)), probs: mean };
    }
    case 'weighted': {
      const classes = probs[0][0].length;
      const columns = Array.from({ length: classes }, (_, c) => weightedAverage(probs.map((p) => p.map((row) => row[c])), weights));
      const mean = probs[0].map((_, s) => columns.map((col) => col[s]));
      return { labels: mean.map((row) => argmax(row)), probs: mean };
    }
    case 'stacking': {
      if (!meta) throw new RangeError('stacking needs a fitted meta-learner');
      const p = predictSoftmaxRegression(meta, stackFeatures(probs));
      return { labels: p.map((row) => argmax(row)), probs: p };
    }
  }
}

/** Share of `predicted` equal to `truth`, 0…1. */
export function accuracy(predicted: readonly number[], truth: readonly number[]): number {
  if (predicted.length !== truth.length || truth.length === 0) throw new RangeError('predicted and truth must have the same non-zero length');
  return predicted.reduce((n, p, i) => n + (p === truth[i] ? 1 : 0), 0) / truth.length;
}
