/** The Ensembles Lab's choices, named by its knob table and its protocol alike. */

/** How members are made: bootstrap samples (bagging) or sequential re-weighting (AdaBoost). */
export const ENSEMBLE_METHODS = ['bagging', 'boosting'] as const;
export type EnsembleMethod = (typeof ENSEMBLE_METHODS)[number];

/** How member outputs are combined. */
export const COMBINERS = ['hard', 'soft', 'weighted', 'stacking'] as const;
export type Combiner = (typeof COMBINERS)[number];

/** Members trained per method; the M slider shows the first M. */
export const MAX_MEMBERS = 15;
