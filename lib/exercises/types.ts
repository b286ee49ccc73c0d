/**
 * Shared shapes of the exercise runner. `tests.ts` files, the harness (which runs in the sandbox's
 * worker and in Vitest) and the practice UI all speak these plain, JSON-safe types.
 */

/**
 * A test argument that stands for a seeded generator: the harness hands the learner an object
 * with `next()` (replaying `draws`, uniforms in [0, 1)) and `int(n) = floor(next() · n)`.
 */
export interface RandomArg {
  $random: { seed: number; draws: number[] };
}

/** One call of a learner's exported function and the value it must return. */
export interface ExerciseTest {
  /** name of the exported function to call */
  call: string;
  /** arguments, JSON-safe (RandomArg stands for a generator) */
  args: unknown[];
  /** expected return value; numbers compare within the tolerance */
  expected: unknown;
  /** absolute/relative tolerance for numbers (default DEFAULT_TOLERANCE) */
  tolerance?: number;
  /** hidden tests run on Submit only and are not shown */
  hidden?: boolean;
  /** what the test checks, shown next to it */
  note?: string;
}

/** Where the first difference between the returned and the expected value lies. */
export interface Mismatch {
  /** index path into nested arrays and objects, e.g. `[1][2]` or `.weights[0]` */
  path: string;
  /** what differs: a shape, a type, a missing key or a value */
  kind: 'shape' | 'type' | 'key' | 'value';
  got: string;
  expected: string;
  /** shapes of the whole returned and expected values (nested arrays) */
  gotShape?: string;
  expectedShape?: string;
}

/** A learner error with its line in the learner's code when known. */
export interface CodeError {
  name: string;
  message: string;
  line?: number;
  column?: number;
}

export interface TestResult {
  index: number;
  call: string;
  hidden: boolean;
  passed: boolean;
  /** rendered return value (absent when the call threw) */
  got?: string;
  mismatch?: Mismatch;
  error?: CodeError;
}

/** `stopped`: the learner pressed Stop before the code finished. */
export type SuiteStatus = 'passed' | 'failed' | 'error' | 'timeout' | 'stopped';

export interface SuiteReport {
  status: SuiteStatus;
  passed: number;
  failed: number;
  results: TestResult[];
  /** an error before any test ran (syntax, module top level, missing export…) */
  error?: CodeError;
  logs: LogLine[];
  /** milliseconds spent running */
  ms: number;
}

/**
 * One test call as the sandbox's worker gets it: the expected value stays outside, in the runner,
 * so code that reads or patches anything in the worker cannot see it or change how it is compared.
 */
export interface CallRequest {
  call: string;
  args: unknown[];
}

/** What one call returned (as plain data) or threw. */
export type CallOutcome = { value: unknown } | { error: CodeError };

/** What the worker posts out: every call's outcome, to be graded by `gradeCalls` outside the worker. */
export interface CallsReport {
  outcomes: CallOutcome[];
  /** an error before any call ran (module top level) */
  error?: CodeError;
  logs: LogLine[];
  ms: number;
}

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}
