/**
 * What the MoE Playground's page and its training worker exchange; the flow of commands and
 * events is run-handler.ts's, shared by every trained widget. The worker measures the backends
 * again only when the model's size changes more than 4×.
 *
 * A run whose minibatch cross-entropy became NaN/±Inf or exceeded 20·ln C (20× a uniform guess)
 * stops with `diverged`. (With Adam, lr = 10 makes the loss explode on the first steps and then
 * settles at chance with dead ReLUs, never NaN: the threshold catches it.)
 *
 * Snapshot metrics are measured on the whole training set at that step (so a seed gives the same
 * curve however fast the machine is): routing without noise and with the capacity limit applied
 * to the training set in its (shuffled) order. The grids route without capacity — a grid is not a
 * batch of tokens — and show what the model predicts for a point that is not dropped.
 */
import { z } from 'zod';
import { ACTIVATION_NAMES } from '@/lib/tf/activation-names';
import { DATASET_NAMES } from './datasets';
import type { RunCommand, RunEvent } from './run-protocol';

/** Part of the run runtime's protocol; named here too for the widget's code. */
export type { BackendFigure } from './run-protocol';

/** A number that is 0 (off) or lies in min…max. */
const offOrRange = (min: number, max: number) =>
  z.number().refine((v) => v === 0 || (v >= min && v <= max), { message: `must be 0 (off) or in ${min}…${max}` });

/** Every knob of a training run, with its range. Keys match the playground's URL params. */
export const trainConfigSchema = z
  .object({
    dataset: z.enum(DATASET_NAMES),
    /** N, number of experts. */
    experts: z.number().int().min(1).max(16),
    /** K, experts per point (≤ N). */
    k: z.number().int().min(1).max(16),
    /** λ, weight of the load-balancing loss. */
    lambda: offOrRange(1e-4, 1),
    /** Capacity factor; 0 = no limit. */
    capacity: offOrRange(0.5, 4),
    /** Noisy top-K gating (Shazeer et al. 2017). */
    noise: z.boolean(),
    /** Renormalise the K selected gate probabilities to sum to 1. */
    renorm: z.boolean(),
    /** Router z-loss weight. */
    zloss: offOrRange(1e-4, 0.1),
    /** Hidden units per expert. */
    hidden: z.number().int().min(1).max(64),
    /** Adam learning rate η. */
    lr: z.number().positive().max(10),
    batch: z.number().int().min(1).max(256),
    seed: z.number().int().min(0).max(999_999),
    /** Training-set size. */
    points: z.number().int().min(16).max(2000).default(400),
    /** Data noise σ; absent = the dataset's DEFAULT_NOISE. */
    dataNoise: z.number().min(0).max(0.5).optional(),
    activation: z.enum(ACTIVATION_NAMES).default('relu'),
    /** Width of a tanh input embedding before the MoE layer; 0 = route on (x, y) directly. */
    embed: z.number().int().min(0).max(16).default(0),
  })
  .refine((c) => c.k <= c.experts, { message: 'k must be ≤ experts', path: ['k'] });

/** A validated run configuration (defaults filled in). */
export type TrainConfig = z.output<typeof trainConfigSchema>;
/** What a client may send (fields with defaults are optional). */
export type TrainConfigInput = z.input<typeof trainConfigSchema>;

/** Side length of the decision-boundary and router-map grids. */
export const GRID_SIZE = 48;

/** Main thread → worker (see run-handler.ts). */
export type TrainCommand = RunCommand<TrainConfigInput>;

/** Parameter counts of the two models. */
export interface ParameterCounts {
  moeTotal: number;
  /** Parameters used per point: router + K experts. */
  moeActive: number;
  denseHidden: number;
  dense: number;
}

/** Metrics and maps of one model at one step; grids are GRID_SIZE², row 0 at y = −1, x from −1 to 1. */
export interface ModelView {
  /** Mean cross-entropy on the training set (nats). */
  loss: number;
  /** Share of training points classified correctly, 0…1. */
  accuracy: number;
  /** Predicted class per grid cell. */
  classGrid: Uint8Array;
  /** Probability of the predicted class per grid cell. */
  confidence: Float32Array;
}

/** The state of a run at one step; only numbers, plain arrays and typed arrays. */
export interface TrainSnapshot extends ModelView {
  step: number;
  /** Whether the worker keeps training after this snapshot. */
  running: boolean;
  /** Load-balancing loss N·Σ f·P (without λ). */
  auxLoss: number;
  /** Router z-loss (without its weight). */
  zLoss: number;
  /** Share of routed (top-K, before capacity) assignments per expert; sums to 1. */
  load: number[];
  /** Share of assignments dropped by the capacity limit, 0…1. */
  dropped: number;
  /** Largest share of assignments one expert can keep (capacity / (points·K)); null without a limit. */
  capacityShare: number | null;
  /** Top-1 expert per grid cell (the router map). */
  expertGrid: Uint8Array;
  gridSize: number;
  /** The dense baseline with as many parameters as the MoE's active ones. */
  dense: ModelView;
  params: ParameterCounts;
  /** Training steps per second since the previous snapshot (0 when not measured). */
  stepsPerSecond: number;
  /** tf.memory().numTensors in the worker when the snapshot was taken: flat over a long run. */
  tensors: number;
}

/** The models whose loss blew up, in a `diverged` event. */
export type DivergedModels = { models: Array<'moe' | 'dense'> };

/** Worker → main thread (see run-handler.ts). */
export type TrainEvent = RunEvent<TrainSnapshot, DivergedModels>;

/** The buffers of a snapshot's typed arrays, for postMessage's transfer list (moved, not copied). */
export function snapshotTransferables(s: TrainSnapshot): ArrayBuffer[] {
  return [s.classGrid, s.confidence, s.expertGrid, s.dense.classGrid, s.dense.confidence].map((a) => a.buffer as ArrayBuffer);
}
