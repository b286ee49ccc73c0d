/**
 * The Ensembles Lab's choices and sizes, named by its knob table, its protocol and its views alike
 * (apart from protocol.ts so the page does not ship the worker's message schema).
 */

/** How members are made: bootstrap samples (bagging) or sequential re-weighting (AdaBoost). */
export const ENSEMBLE_METHODS = ['bagging', 'boosting'] as const;
export type EnsembleMethod = (typeof ENSEMBLE_METHODS)[number];

/** How member outputs are combined. */
export const COMBINERS = ['hard', 'soft', 'weighted', 'stacking'] as const;
export type Combiner = (typeof COMBINERS)[number];

/** Members trained per method; the M slider shows the first M. */
export const MAX_MEMBERS = 15;

/** Folds of the stacking meta-learner's out-of-fold predictions. */
export const STACK_FOLDS = 3;
/** Side of the decision-boundary grids. */
export const ENSEMBLE_GRID = 40;
/** Training and test set sizes (test points come from a different seed). */
export const TRAIN_POINTS = 240;
export const TEST_POINTS = 400;
/** Full-batch Adam steps for every MLP and for the MoE. */
export const TRAIN_STEPS = 200;
/**
 * Steps of one run: TRAIN_STEPS Adam steps of the bagged MLPs, one to predict with them and fit
 * their combiners, one for AdaBoost, TRAIN_STEPS Adam steps of the MoE and one to evaluate it.
 */
export const ENSEMBLE_UNITS = 2 * TRAIN_STEPS + 3;
