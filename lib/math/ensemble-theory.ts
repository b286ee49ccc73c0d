import { checkInteger, checkNonNegative, checkPositive } from './validate';

/**
 * Probability that a given one of n points is left out of a bootstrap sample of size n (drawn with
 * replacement): each draw misses it with probability 1 − 1/n.
 *
 * $$P(\text{out of bag}) = (1 - 1/n)^n \to e^{-1} \approx 0.368$$
 *
 * Source: Breiman 1996, "Bagging predictors", Machine Learning 24(2):123–140; FACTS A17.
 */
export function outOfBagProbability(n: number): number {
  checkInteger(n, 'n', 1);
  return (1 - 1 / n) ** n;
}

/**
 * Expected number of the B members of a bagged ensemble whose bootstrap sample leaves a given point
 * out, B·(1 − 1/n)ⁿ: the number of trees that vote on it in its out-of-bag prediction.
 */
export function expectedOutOfBagMembers(n: number, members: number): number {
  checkInteger(members, 'members', 1);
  return members * outOfBagProbability(n);
}

/**
 * Accuracy of a majority vote of `voters` independent classifiers that are each right with
 * probability p on a two-class problem: P(more than half are right) = Σ_{k > M/2} C(M,k) p^k (1−p)^{M−k}.
 * With an even M a tie (k = M/2) is broken by a fair coin, so it counts half. Summed in log space so
 * that thousands of voters do not underflow.
 *
 * The Condorcet jury theorem: for p > 1/2 this rises towards 1 as M grows, for p < 1/2 it falls
 * towards 0. Source: Hansen & Salamon 1990, IEEE TPAMI 12(10):993–1001 (the same binomial argument
 * for ensembles of networks with independent errors).
 */
export function majorityVoteAccuracy(p: number, voters: number): number {
  if (!(typeof p === 'number' && p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${String(p)}`);
  checkInteger(voters, 'voters', 1, 100_000);
  if (p === 0 || p === 1) return p; // every voter agrees: the vote is right exactly when each one is
  const logP = Math.log(p);
  const logQ = Math.log(1 - p);
  let logChoose = 0; // log C(M, k), built up from k = 0
  let total = 0;
  for (let k = 0; k <= voters; k++) {
    if (k > 0) logChoose += Math.log((voters - k + 1) / k);
    const mass = Math.exp(logChoose + k * logP + (voters - k) * logQ);
    if (2 * k > voters) total += mass;
    else if (2 * k === voters) total += mass / 2;
  }
  return Math.min(1, total);
}

/** The split-finding statistics of one XGBoost candidate split: gradient and Hessian sums per side. */
export interface SplitStatistics {
  gradLeft: number;
  hessLeft: number;
  gradRight: number;
  hessRight: number;
  /** L2 penalty λ on the leaf weights */
  lambda: number;
  /** penalty γ per leaf (the minimum loss reduction a split must earn) */
  gamma: number;
}

function checkHessian(h: number, lambda: number, name: string): void {
  checkNonNegative(h, name);
  if (!(h + lambda > 0)) throw new RangeError(`${name} + lambda must be > 0, got ${h + lambda}`);
}

/**
 * XGBoost's optimal leaf weight for a leaf whose points have gradient sum G and Hessian sum H under
 * the regularised objective Σ l + γT + ½λ‖w‖² (second-order Taylor expansion of the loss).
 *
 * $$w^* = -\frac{G}{H + \lambda}$$
 *
 * Source: Chen & Guestrin 2016, "XGBoost: A Scalable Tree Boosting System", KDD, eq. (5).
 */
export function xgboostLeafWeight(grad: number, hess: number, lambda: number): number {
  if (!Number.isFinite(grad)) throw new RangeError(`grad must be a finite number, got ${String(grad)}`);
  checkNonNegative(lambda, 'lambda');
  checkHessian(hess, lambda, 'hess');
  return -grad / (hess + lambda);
}

/**
 * XGBoost's loss reduction from splitting a leaf into left and right children; a split is kept only
 * when it is positive, so γ acts as a minimum gain.
 *
 * $$\text{Gain} = \tfrac12\Big[\frac{G_L^2}{H_L+\lambda} + \frac{G_R^2}{H_R+\lambda} - \frac{(G_L+G_R)^2}{H_L+H_R+\lambda}\Big] - \gamma$$
 *
 * Source: Chen & Guestrin 2016, KDD, eq. (7).
 */
export function xgboostSplitGain(s: SplitStatistics): number {
  const { gradLeft, hessLeft, gradRight, hessRight, lambda, gamma } = s;
  for (const [v, name] of [
    [gradLeft, 'gradLeft'],
    [gradRight, 'gradRight'],
  ] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${String(v)}`);
  }
  checkNonNegative(lambda, 'lambda');
  checkNonNegative(gamma, 'gamma');
  checkHessian(hessLeft, lambda, 'hessLeft');
  checkHessian(hessRight, lambda, 'hessRight');
  const score = (g: number, h: number) => (g * g) / (h + lambda);
  return 0.5 * (score(gradLeft, hessLeft) + score(gradRight, hessRight) - score(gradLeft + gradRight, hessLeft + hessRight)) - gamma;
}

/** What LightGBM's gradient-based one-side sampling keeps of the data in one boosting round. */
export interface GossSampling {
  /** share of all rows used to find the split: the top-a by |gradient| plus a random b of all rows */
  usedShare: number;
  /** the factor (1 − a)/b on the sampled small-gradient rows, so their gradient sums stay unbiased */
  smallGradientWeight: number;
}

/**
 * GOSS keeps the a·100 % rows with the largest |gradient|, samples b·100 % of all rows from the rest,
 * and multiplies the sampled rows' gradients and Hessians by (1 − a)/b.
 *
 * Source: Ke et al. 2017, "LightGBM: A Highly Efficient Gradient Boosting Decision Tree", NeurIPS, Algorithm 2.
 */
export function gossSampling(topShare: number, randomShare: number): GossSampling {
  checkPositive(topShare, 'topShare');
  checkPositive(randomShare, 'randomShare');
  if (topShare + randomShare > 1) throw new RangeError(`topShare + randomShare must be ≤ 1, got ${topShare + randomShare}`);
  return { usedShare: topShare + randomShare, smallGradientWeight: (1 - topShare) / randomShare };
}

/** How many features a random forest may consider at each split. */
export type FeatureRule = 'sqrt' | 'log2' | 'third' | 'all';

/** Candidates per split, and the chance that a given feature (e.g. the strongest) is not among them. */
export interface FeatureSubsample {
  candidates: number;
  /** 1 − m/p: the share of splits at which a given feature cannot be chosen */
  excludedShare: number;
}

/**
 * The candidate features per split of a random forest on p features: ⌊√p⌋ (the usual classification
 * default), ⌊log₂ p⌋ (scikit-learn's "log2"), ⌊p/3⌋ (the usual regression default) or all p (plain
 * bagged trees), at least 1.
 *
 * Sources: Breiman 2001, Machine Learning 45(1):5–32 (random feature selection at each node);
 * Hastie, Tibshirani & Friedman, ESL 2nd ed., §15.3 (⌊√p⌋ and ⌊p/3⌋).
 */
export function featuresPerSplit(features: number, rule: FeatureRule): FeatureSubsample {
  checkInteger(features, 'features', 1);
  const m = {
    sqrt: () => Math.floor(Math.sqrt(features)),
    log2: () => Math.floor(Math.log2(features)),
    third: () => Math.floor(features / 3),
    all: () => features,
  }[rule];
  if (!m) throw new RangeError(`rule must be sqrt, log2, third or all, got ${String(rule)}`);
  const candidates = Math.max(1, m());
  return { candidates, excludedShare: 1 - candidates / features };
}

/**
 * Models trained by stacking M base models with K-fold out-of-fold predictions: K fits per base model
 * to predict the held-out folds, plus one refit on all the data for use at test time (scikit-learn's
 * StackingClassifier does exactly this; the meta-learner is one more fit, not counted here).
 */
export function stackingFits(members: number, folds: number): number {
  checkInteger(members, 'members', 1);
  checkInteger(folds, 'folds', 2);
  return members * (folds + 1);
}

/** What serving an ensemble of M equal members costs, against one member. */
export interface EnsembleCost {
  parameters: number;
  weightBytes: number;
  /** ≈ 2 FLOPs per parameter per input (a multiply and an add), for all members */
  flopsPerInput: number;
}

/**
 * Serving cost of M members of `paramsPerMember` parameters at `bytesPerParam` bytes: M times the
 * parameters, the weight memory and the FLOPs per input (≈ 2 · parameters) of one member.
 */
export function ensembleCost(members: number, paramsPerMember: number, bytesPerParam: number): EnsembleCost {
  checkInteger(members, 'members', 1);
  checkPositive(paramsPerMember, 'paramsPerMember');
  checkPositive(bytesPerParam, 'bytesPerParam');
  const parameters = members * paramsPerMember;
  return { parameters, weightBytes: parameters * bytesPerParam, flopsPerInput: 2 * parameters };
}
