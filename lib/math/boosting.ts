import type { MatrixLike, VectorLike } from './types';
import { checkInteger, checkMatrix } from './validate';

/** A decision tree on numeric features: a split (x[feature] ≤ threshold goes left) or a leaf. */
export type DecisionTree =
  | { kind: 'split'; feature: number; threshold: number; left: DecisionTree; right: DecisionTree }
  | { kind: 'leaf'; probs: number[] };

function leaf(indices: readonly number[], labels: VectorLike, weights: VectorLike, numClasses: number): DecisionTree {
  const mass = new Array<number>(numClasses).fill(0);
  for (const i of indices) mass[labels[i]] += weights[i];
  const total = mass.reduce((a, b) => a + b, 0);
  return { kind: 'leaf', probs: total > 0 ? mass.map((m) => m / total) : mass.map(() => 1 / numClasses) };
}

/** Weighted misclassification of predicting each side's weighted-majority class. */
function weightedError(mass: readonly number[]): number {
  return mass.reduce((a, b) => a + b, 0) - Math.max(...mass);
}

function grow(points: MatrixLike, labels: VectorLike, weights: VectorLike, numClasses: number, indices: number[], depth: number): DecisionTree {
  if (depth === 0 || indices.length < 2) return leaf(indices, labels, weights, numClasses);
  let best: { error: number; feature: number; threshold: number } | null = null;
  for (let feature = 0; feature < points[0].length; feature++) {
    const order = [...indices].sort((a, b) => points[a][feature] - points[b][feature] || a - b);
    const left = new Array<number>(numClasses).fill(0);
    const right = new Array<number>(numClasses).fill(0);
    for (const i of order) right[labels[i]] += weights[i];
    for (let j = 0; j < order.length - 1; j++) {
      const i = order[j];
      left[labels[i]] += weights[i];
      right[labels[i]] -= weights[i];
      const a = points[i][feature];
      const b = points[order[j + 1]][feature];
      if (a === b) continue;
      const error = weightedError(left) + weightedError(right);
      // strict < keeps the first (lowest feature, lowest threshold) of equal splits: deterministic
      if (best === null || error < best.error - 1e-12) best = { error, feature, threshold: (a + b) / 2 };
    }
  }
  if (best === null) return leaf(indices, labels, weights, numClasses);
  const { feature, threshold } = best;
  const goLeft = indices.filter((i) => points[i][feature] <= threshold);
  const goRight = indices.filter((i) => points[i][feature] > threshold);
  return {
    kind: 'split',
    feature,
    threshold,
    left: grow(points, labels, weights, numClasses, goLeft, depth - 1),
    right: grow(points, labels, weights, numClasses, goRight, depth - 1),
  };
}

/**
 * Fits a decision tree of at most `depth` levels (depth 1 = a decision stump) that greedily
 * minimises the weighted misclassification error; leaves hold the weighted class distribution.
 * Only samples with weight > 0 take part.
 */
export function fitDecisionTree(points: MatrixLike, labels: VectorLike, weights: VectorLike, numClasses: number, depth: number): DecisionTree {
  const { rows } = checkMatrix(points, 'points');
  checkInteger(numClasses, 'numClasses', 2);
  checkInteger(depth, 'depth', 1, 8);
  if (labels.length !== rows || weights.length !== rows) throw new RangeError(`labels and weights must have length ${rows}`);
  labels.forEach((y, i) => checkInteger(y, `labels[${i}]`, 0, numClasses - 1));
  weights.forEach((w, i) => {
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`weights[${i}] must be a finite number ≥ 0, got ${w}`);
  });
  const indices = Array.from({ length: rows }, (_, i) => i).filter((i) => weights[i] > 0);
  return grow(points, labels, weights, numClasses, indices, depth);
}

/** The leaf's class distribution for one point. */
export function treeProbs(tree: DecisionTree, point: VectorLike): number[] {
  let node = tree;
  while (node.kind === 'split') node = point[node.feature] <= node.threshold ? node.left : node.right;
  return node.probs;
}

/** The tree's class for one point: the leaf's most probable class, ties to the lower class. */
export function treePredict(tree: DecisionTree, point: VectorLike): number {
  const p = treeProbs(tree, point);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
  return best;
}

/** One boosting round: the tree, its weighted error ε and its vote weight α. */
export interface BoostRound {
  tree: DecisionTree;
  error: number;
  alpha: number;
}

/**
 * AdaBoost with decision trees: round t fits a tree to the weighted sample, ε_t = weighted error,
 * α_t = ln((1 − ε_t)/ε_t) + ln(C − 1), misclassified weights × e^{α_t}, renormalised. For C = 2
 * this is Freund & Schapire's AdaBoost.M1 (α_t = ln 1/β_t, β_t = ε_t/(1 − ε_t)); for C > 2 it is
 * SAMME, which only needs a better-than-chance (ε < 1 − 1/C) learner. A round with ε ≥ 1 − 1/C
 * stops boosting; ε = 0 gets a capped α and stops too (weights cannot change).
 *
 * Sources: Freund & Schapire 1997, JCSS 55(1):119–139; Zhu, Zou, Rosset & Hastie 2009,
 * "Multi-class AdaBoost", Statistics and Its Interface 2:349–360 (SAMME).
 */
export function adaBoost(points: MatrixLike, labels: VectorLike, numClasses: number, options: { rounds: number; depth: number; sampleWeights?: VectorLike }): BoostRound[] {
  const { rows } = checkMatrix(points, 'points');
  checkInteger(options.rounds, 'rounds', 1, 100);
  const base = options.sampleWeights ?? new Array<number>(rows).fill(1);
  const total = base.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new RangeError('sampleWeights must have a positive sum');
  let weights = base.map((w) => w / total);
  const rounds: BoostRound[] = [];
  const chance = 1 - 1 / numClasses;
  for (let t = 0; t < options.rounds; t++) {
    const tree = fitDecisionTree(points, labels, weights, numClasses, options.depth);
    const wrong = labels.map((y, i) => treePredict(tree, points[i]) !== y);
    const error = wrong.reduce((sum, w, i) => sum + (w ? weights[i] : 0), 0);
    if (error >= chance - 1e-12) break;
    const alpha = Math.log((1 - Math.max(error, 1e-10)) / Math.max(error, 1e-10)) + Math.log(numClasses - 1);
    rounds.push({ tree, error, alpha });
    if (error <= 1e-10) break;
    weights = weights.map((w, i) => (wrong[i] ? w * Math.exp(alpha) : w));
    const sum = weights.reduce((a, b) => a + b, 0);
    weights = weights.map((w) => w / sum);
  }
  return rounds;
}
