import type { Random } from '@/lib/math';

/** The toy tasks of the Tiny Transformer: map a string of digits to another. */
export const TASK_NAMES = ['copy', 'reverse', 'sort'] as const;
export type TaskName = (typeof TASK_NAMES)[number];

/** Digits 0–9 are tokens 0–9; the separator between input and answer is token 10. */
export const SEPARATOR = 10;
/** Vocabulary size: ten digits and the separator. */
export const VOCAB_SIZE = 11;

/** The correct answer of `task` for the input digits. */
export function solveTask(task: TaskName, digits: readonly number[]): number[] {
  if (task === 'copy') return [...digits];
  if (task === 'reverse') return [...digits].reverse();
  return [...digits].sort((a, b) => a - b);
}

/**
 * One training sequence of a decoder-only model: tokens x₁…x_L, SEP, y₁…y_L (length 2L + 1).
 * The model reads the first 2L tokens and, at positions L … 2L − 1, predicts y₁ … y_L.
 */
export function taskSequence(task: TaskName, digits: readonly number[]): number[] {
  return [...digits, SEPARATOR, ...solveTask(task, digits)];
}

/** Model input and targets of a batch: `inputs` [batch, 2L] token ids, `targets` [batch, L] digits. */
export interface SequenceBatch {
  inputs: Int32Array;
  targets: Int32Array;
  batch: number;
  length: number;
}

/** `batch` random digit strings of `length`, drawn from `rng`, as model inputs and targets. */
export function sampleBatch(task: TaskName, length: number, batch: number, rng: Random): SequenceBatch {
  const inputs = new Int32Array(batch * 2 * length);
  const targets = new Int32Array(batch * length);
  for (let b = 0; b < batch; b++) {
    const digits = Array.from({ length }, () => rng.int(10));
    const seq = taskSequence(task, digits);
    inputs.set(seq.slice(0, 2 * length), b * 2 * length);
    targets.set(seq.slice(length + 1), b * length);
  }
  return { inputs, targets, batch, length };
}

/** Digits of a typed example, or why it is not valid for sequences of `length`. */
export function parseExample(text: string, length: number): { digits: number[] } | { error: string } {
  const compact = text.replace(/[\s,]/g, '');
  if (!/^[0-9]*$/.test(compact)) return { error: `use digits 0–9 only` };
  if (compact.length !== length) return { error: `type exactly ${length} digits (got ${compact.length})` };
  return { digits: [...compact].map(Number) };
}

/** The example shown before the learner types one: the first L digits of π. */
export function defaultExample(length: number): number[] {
  return [3, 1, 4, 1, 5, 9, 2, 6].slice(0, length);
}
