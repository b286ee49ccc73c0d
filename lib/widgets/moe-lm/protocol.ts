/**
 * What the MoE Language Model's page and its training worker exchange, on the run runtime's
 * protocol (lib/train/run-protocol.ts), plus two commands of its own:
 * - `text`: the learner's text (also sent with `configure`); every snapshot routes it;
 * - `generate`: continue a prompt; answered with one `generation` event.
 *
 * The worker reads the corpus and the chosen checkpoint when the first configure arrives (never
 * the page). A checkpoint fixes the model's shape (layers, width, experts, router …); the run's
 * training knobs (λ, capacity, learning rate …) apply to it from then on. A checkpoint that fails
 * to load trains from scratch with a notice in `checkpoint.notice`.
 *
 * Snapshot figures: bits per character on the fixed held-out windows (trainer.evaluate, MoE and
 * the dense model of as many active parameters trained on the same batches), the held-out load
 * per layer (share of assignments per expert, before capacity), the last batch's train figures
 * and dropped share, a load history for the heatmap, and the routing of the learner's text and of
 * a fixed held-out sample of each source.
 */
import { z } from 'zod';
import { knobShape } from '@/lib/params/knob-schema';
import type { LmSourceId } from '@/lib/data/lm-corpus';
import type { NoticeMessage, RequestedBackend, RunCommand, RunEvent } from '@/lib/train/run-protocol';
import { LM_KNOBS, type CheckpointId } from './params';

/** The knobs a run is built from: all but `layer` (which layer the views show, a view choice). */
export const LM_RUN_KEYS = [
  'checkpoint',
  'layers',
  'dModel',
  'context',
  'experts',
  'k',
  'router',
  'lambda',
  'zloss',
  'gamma',
  'capacity',
  'shared',
  'granularity',
  'jitter',
  'lr',
  'batch',
  'seed',
] as const;

/** The knobs a checkpoint fixes (its model's shape); the page disables them while one is chosen. */
export const LM_SHAPE_KEYS = ['layers', 'dModel', 'context', 'experts', 'k', 'router', 'shared', 'granularity'] as const;

export const lmConfigSchema = z
  .object(knobShape(LM_KNOBS, LM_RUN_KEYS))
  .refine((c) => c.k <= c.experts, { message: 'k must be ≤ experts', path: ['k'] });

/** A validated run configuration. */
export type LmConfig = z.output<typeof lmConfigSchema>;

/** Sampling of a `generate` command (lib/widgets/moe-lm/sampling.ts). */
export const generateSchema = z.object({
  prompt: z.string().max(2000),
  /** Characters to add. */
  count: z.number().int().min(1).max(400),
  temperature: z.number().min(0).max(2),
  topK: z.number().int().min(0).max(2000),
  topP: z.number().min(0).max(1),
  seed: z.number().int().min(0),
});
export type GenerateRequest = z.infer<typeof generateSchema>;

/** One character's routing in one layer. */
export interface TokenRoute {
  /** The expert with the largest gate (top-1). */
  expert: number;
  /** Each expert's routing probability (softmax, or normalised sigmoid affinities for aux-free). */
  probs: number[];
  /** Whether capacity dropped at least one of the character's K assignments. */
  dropped: boolean;
}

/**
 * A text as the model read it and how each character was routed (the shape routedTokens in
 * routed-tokens.ts reads): its code points after clamping, their token ids (0 = `<unk>`), and
 * routes[token][layer] as trainer.route returns them.
 */
export interface RoutedText {
  chars: string[];
  ids: number[];
  routes: TokenRoute[][];
}

/** The learner's text, routed, with what changed on the way in (cut to length, unknown characters). */
export interface TextRouting extends RoutedText {
  unknown: number;
  notices: string[];
}

/** A fixed sample of one source's held-out text: its characters and each one's top-1 expert, experts[layer][char] (the routing table's input). */
export interface SourceSample {
  source: LmSourceId;
  chars: string[];
  experts: number[][];
}

/** Where the run's weights came from. */
export interface CheckpointState {
  /** What the configure asked for. */
  requested: CheckpointId | 'scratch';
  /** The checkpoint the model was loaded from, or null when it trains from scratch. */
  loaded: CheckpointId | null;
  /** Why the requested checkpoint is not in use, or how it differs from the knobs (English). */
  notice?: string;
  /** The same notice as a catalog key, for the page's language. */
  noticeMessage?: NoticeMessage;
}

/** The model that really runs (from the checkpoint or the knobs). */
export interface LmModelInfo {
  layers: number;
  dModel: number;
  context: number;
  experts: number;
  k: number;
  router: string;
  shared: boolean;
  granularity: number;
  params: { total: number; active: number };
  denseParams: { total: number; active: number } | null;
}

/** One row of the load heatmap: the held-out load per layer at a step. */
export interface LoadRow {
  step: number;
  /** load[layer][expert], shares summing to 1 per layer. */
  load: number[][];
}

/** The state of a run at one step; only numbers and plain arrays. */
export interface LmSnapshot {
  step: number;
  running: boolean;
  stepsPerSecond: number;
  /**
   * Bits per character on the fixed held-out windows, MoE and dense (dense null: no dense model
   * beside it). Both null in a checkpoint run's first, routing-only snapshot: the full one follows.
   */
  heldoutBpc: number | null;
  denseHeldoutBpc: number | null;
  /** Bits per character of the last training batch (null before the first step). */
  trainBpc: number | null;
  denseTrainBpc: number | null;
  /** Unigram entropy of the training text, bits per character: the curves' reference line. */
  unigramBits: number;
  /** Held-out load per layer: share of assignments per expert (before capacity); empty in a routing-only snapshot. */
  load: number[][];
  /** Share of the last batch's assignments dropped by capacity (null before the first step). */
  dropped: number | null;
  /** One row per snapshot, oldest first, thinned to at most LOAD_HISTORY rows. */
  loadHistory: LoadRow[];
  /** The learner's text, routed by the current weights (null: no text yet). */
  text: TextRouting | null;
  /** A held-out sample of each source, routed by the current weights. */
  sources: SourceSample[];
  checkpoint: CheckpointState;
  model: LmModelInfo;
  /** tf.memory().numTensors in the worker: flat over a long run. */
  tensors: number;
}

/** Most rows the load history keeps. */
export const LOAD_HISTORY = 120;

/** Characters of each source's held-out text the routing table reads. */
export const SOURCE_SAMPLE_CHARS = 128;

/** The models whose loss blew up, in a `diverged` event. */
export type DivergedModels = { models: Array<'moe' | 'dense'> };

/** Main thread → worker: the run commands, the text with configure, and the widget's own. */
export type LmCommand =
  | Exclude<RunCommand<unknown>, { type: 'configure' }>
  | { type: 'configure'; runId: number; config: unknown; backend?: RequestedBackend; text?: string }
  | { type: 'text'; runId: number; text: string }
  | ({ type: 'generate'; runId: number } & GenerateRequest);

/** A `generate` answer: the prompt and the continuation, routed together. */
export interface GenerationEvent extends RoutedText {
  type: 'generation';
  runId: number;
  /** How many of `tokens` are the prompt (the rest were generated). */
  promptLength: number;
  /** The generated text as a string. */
  text: string;
  ms: number;
}

/** Worker → main thread: what the run loop reads (every event but the answers to `generate`) … */
export type LmRunEvent = RunEvent<LmSnapshot, DivergedModels>;
/** … and all of it. */
export type LmEvent = LmRunEvent | GenerationEvent;
