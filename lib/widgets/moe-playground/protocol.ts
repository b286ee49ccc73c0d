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
import { knobShape } from '@/lib/params/knob-schema';
import { MOE_KNOBS } from '@/lib/widgets/moe-playground/params';
import type { RunCommand, RunEvent } from '@/lib/train/run-protocol';

/** Part of the run runtime's protocol; named here too for the widget's code. */
export type { BackendFigure } from '@/lib/train/run-protocol';

/**
 * Every knob of a training run, with its range. The URL knobs and their ranges are the
 * playground's knob table (lib/widgets/moe-playground/params.ts): the worker refuses what the URL parser
 * would clamp. The other fields are options of the trainer that no knob sets.
 */
export const trainConfigSchema = z
  .object({
    ...knobShape(MOE_KNOBS),
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
