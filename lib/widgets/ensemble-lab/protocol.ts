/**
 * What the Ensembles Lab's page and its Web Worker exchange; the flow of commands and events is
 * the run runtime's (lib/train/run-handler.ts), shared by every trained widget. A run is a job of
 * ENSEMBLE_UNITS steps (bagging's Adam steps, boosting, the MoE's Adam steps, see train.ts) that
 * the page starts with `until` = ENSEMBLE_UNITS on every configure. Its snapshots report the stage
 * and, once, at the last step, the `result`: only numbers and typed arrays, every member's class
 * probabilities on the training set, the test set, the grid and (for stacking) out-of-fold, plus
 * the MoE it trained for comparison. Combining members (vote, average, stacking) happens outside
 * the worker with lib/math, so moving the M slider or switching the combiner needs no retraining.
 */
import { z } from 'zod';
import { knobShape } from '@/lib/params/knob-schema';
import { ENSEMBLE_KNOBS, ENSEMBLE_TRAIN_KEYS } from '@/lib/widgets/ensemble-lab/params';

import type { RunCommand, RunEvent, RunSnapshot } from '@/lib/train/run-protocol';
import type { Combiner } from './options';

export { COMBINERS, ENSEMBLE_GRID, ENSEMBLE_METHODS, ENSEMBLE_UNITS, MAX_MEMBERS, STACK_FOLDS, TEST_POINTS, TRAIN_POINTS, TRAIN_STEPS, type Combiner, type EnsembleMethod } from './options';

/**
 * Everything that changes what the worker trains: those knobs of the lab's table
 * (lib/widgets/ensemble-lab/params.ts), with the table's ranges (members and combiner only change the view).
 */
export const ensembleConfigSchema = z
  .object(knobShape(ENSEMBLE_KNOBS, ENSEMBLE_TRAIN_KEYS))
  .refine((c) => c.k <= c.experts, { message: 'k must be ≤ experts', path: ['k'] });
export type EnsembleConfig = z.infer<typeof ensembleConfigSchema>;

/** One method's members: class probabilities, flat [member][sample][class]. */
export interface MemberOutputs {
  /** Members actually made (boosting may stop early), ≤ MAX_MEMBERS. */
  count: number;
  train: Float32Array;
  test: Float32Array;
  grid: Float32Array;
  /** Out-of-fold probabilities on the training set (member m retrained without the point's fold). */
  oof: Float32Array;
  /** The weighted-average combiner's weights: out-of-bag accuracy (bagging) or α (boosting). */
  weights: number[];
  /** Bagging: bootstrap multiplicity of each training point per member ([member][point]); empty for boosting. */
  counts: number[][];
  /** Boosting: weighted error ε of each round; empty for bagging. */
  errors: number[];
  /** Test accuracy vs M (index M − 1) for every combiner. */
  curves: Record<Combiner, number[]>;
}

/** The MoE trained on the same data with N experts of the members' size, K per input. */
export interface MoeOutputs {
  accuracy: number;
  classGrid: Uint8Array;
  /** Top-1 expert per grid cell. */
  expertGrid: Uint8Array;
  /** Share of the test set's K-assignments per expert (sums to 1). */
  load: number[];
  /** Multiply-adds of one expert and of the router for one input. */
  expertCost: number;
  routerCost: number;
}

/** What one training run produces. */
export interface EnsembleResult {
  numClasses: number;
  trainPoints: number;
  testPoints: number;
  gridSize: number;
  /** Fold (0 … STACK_FOLDS − 1) of each training point. */
  folds: number[];
  bagging: MemberOutputs;
  boosting: MemberOutputs;
  moe: MoeOutputs;
  backend: string;
  /** Wall time of the run in ms. */
  trainMs: number;
}

/** What the worker is doing (the status line names it). */
export type EnsembleStage = 'members' | 'boosting' | 'moe' | 'combining';

/** The state of a run at one step (a step is one unit of work, ENSEMBLE_UNITS in all). */
export interface EnsembleSnapshot extends RunSnapshot {
  /** The config this run trains (the page shows a result with the config it was trained on). */
  config: EnsembleConfig;
  stage: EnsembleStage;
  /** Share of the stage done, 0…1. */
  share: number;
  /** Set in the one snapshot of the last step, whose buffers move to the page; null otherwise. */
  result: EnsembleResult | null;
}

/** Main thread → worker (see run-handler.ts). */
export type EnsembleCommand = RunCommand<EnsembleConfig>;

/** Worker → main thread (see run-handler.ts). */
export type EnsembleEvent = RunEvent<EnsembleSnapshot>;

/** Buffers to move (not copy) with a snapshot: the result's, when it carries one. */
export function snapshotTransferables(s: EnsembleSnapshot): ArrayBuffer[] {
  const r = s.result;
  if (!r) return [];
  const arrays = [r.bagging, r.boosting].flatMap((m) => [m.train, m.test, m.grid, m.oof]);
  return [...arrays, r.moe.classGrid, r.moe.expertGrid].map((a) => a.buffer as ArrayBuffer);
}
