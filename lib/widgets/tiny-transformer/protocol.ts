/**
 * What the Tiny Transformer widget and its training worker exchange: the flow of every trained
 * widget (run-handler.ts), plus `example` (the learner's digits: a new prediction and attention
 * maps). A run whose minibatch loss is NaN/±Inf or above 10·ln V stops with `diverged`.
 */
import { z } from 'zod';
import { knobShape } from '@/lib/params/knob-schema';
import { TFM_KNOBS } from '@/lib/widgets/tiny-transformer/params';
import type { RunCommand, RunEvent } from '@/lib/train/run-protocol';

/**
 * Every knob of a run, with its range: the widget's knob table (lib/widgets/tiny-transformer/params.ts),
 * so the worker refuses what the URL parser would clamp; `batch` is the trainer's own option.
 */
export const transformerConfigSchema = z
  .object({
    ...knobShape(TFM_KNOBS),
    batch: z.number().int().min(1).max(128).default(16),
  })
  .refine((c) => c.dModel % c.heads === 0, { message: 'heads must divide dModel', path: ['heads'] });

export type TransformerConfig = z.output<typeof transformerConfigSchema>;
export type TransformerConfigInput = z.input<typeof transformerConfigSchema>;

/** Main thread → worker (see run-handler.ts), plus the learner's example. */
export type TransformerCommand =
  | Exclude<RunCommand<TransformerConfigInput>, { type: 'configure' }>
  | { type: 'configure'; runId: number; config: TransformerConfigInput; example?: number[] }
  /** The learner's input digits (length L): the next snapshot shows the model's answer to them. */
  | { type: 'example'; runId: number; digits: number[] };

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

/** Worker → main thread (see run-handler.ts). */
export type TransformerEvent = RunEvent<TransformerSnapshot>;
