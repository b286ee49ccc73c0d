/**
 * Message protocol between the Tiny Transformer widget and its training Web Worker; the same
 * shape as the MoE Playground's (`protocol.ts`): `configure` starts a run at step 0 (the first
 * time, after timing each tfjs backend and posting `ready`), `start` trains in chunks until
 * `pause` or step `until`, posting a `snapshot` about 5 times a second; `step`, `reset`,
 * `example` (the learner's digits: a new prediction and attention maps) and `dispose`.
 * A run whose minibatch loss is NaN/±Inf or above 10·ln V stops with `diverged`.
 * Every message carries a runId; stale ones are dropped on both sides.
 */
import { z } from 'zod';
import { TASK_NAMES } from './sequence-tasks';
import type { BackendFigure } from './protocol';

/** Every knob of a run, with its range. Keys match the widget's URL params. */
export const transformerConfigSchema = z
  .object({
    task: z.enum(TASK_NAMES),
    /** Digits per input sequence, L (the model sees 2L positions). */
    length: z.number().int().min(3).max(8),
    layers: z.number().int().min(1).max(2),
    heads: z.number().int().min(1).max(4),
    dModel: z.number().int().min(8).max(64),
    /** Adam learning rate η. */
    lr: z.number().positive().max(1),
    seed: z.number().int().min(0).max(999_999),
    batch: z.number().int().min(1).max(128).default(16),
  })
  .refine((c) => c.dModel % c.heads === 0, { message: 'heads must divide dModel', path: ['heads'] });

export type TransformerConfig = z.output<typeof transformerConfigSchema>;
export type TransformerConfigInput = z.input<typeof transformerConfigSchema>;

/** Main thread → worker. */
export type TransformerCommand =
  | { type: 'configure'; runId: number; config: TransformerConfigInput; example?: number[] }
  | { type: 'start'; runId: number; until?: number }
  | { type: 'pause'; runId: number }
  | { type: 'step'; runId: number; steps?: number }
  | { type: 'reset'; runId: number }
  /** The learner's input digits (length L): the next snapshot shows the model's answer to them. */
  | { type: 'example'; runId: number; digits: number[] }
  | { type: 'dispose'; runId: number };

/** What the model does with one input: greedy answer and the attention it used. */
export interface ExampleView {
  digits: number[];
  /** The correct answer of the task. */
  expected: number[];
  /** The model's answer, decoded greedily one digit at a time. */
  predicted: number[];
  /** Softmax probability of each predicted digit. */
  confidence: number[];
  /** The 2L tokens the model read for the maps: digits, separator, its own answer but the last. */
  tokens: number[];
  /** Attention weights, layer-major then head: [layers][heads][2L][2L] flattened. */
  attention: Float32Array;
}

/** The state of a run at one step; only numbers, plain arrays and typed arrays. */
export interface TransformerSnapshot {
  step: number;
  running: boolean;
  /** Mean cross-entropy of the answer tokens on the fixed evaluation set (nats). */
  loss: number;
  /** Share of answer tokens predicted right (argmax, teacher forcing) on the evaluation set. */
  accuracy: number;
  /** Share of evaluation sequences with all L answer tokens right. */
  sequenceAccuracy: number;
  example: ExampleView;
  params: number;
  stepsPerSecond: number;
}

/** Worker → main thread. */
export type TransformerEvent =
  | { type: 'ready'; runId: number; backend: string; calibration: BackendFigure[]; notice?: string }
  | ({ type: 'snapshot'; runId: number } & TransformerSnapshot)
  | { type: 'diverged'; runId: number; step: number; message: string }
  | { type: 'error'; runId: number; message: string };
