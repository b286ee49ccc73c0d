/**
 * The test harness, in two halves that must run in different realms. `runCalls` runs the learner's
 * transpiled code (CommonJS, from `transpile`) in the sandbox's worker and returns what each test
 * call gave back, as plain data, without ever seeing an expected value. `gradeCalls` compares those
 * outputs with the expected values in the runner frame, where learner code never runs: a patched
 * `Math.abs`, `Object.is` or `Array.prototype.filter` in the worker cannot change a verdict. The
 * practice page ships this file's transpiled source to both, and Vitest evaluates the same source,
 * so all grade with the same code: keep it self-contained (type imports only).
 */
import type { CallOutcome, CallRequest, CallsReport, CodeError, ExerciseTest, LogLine, Mismatch, SuiteReport, TestResult } from './types';

/** Numbers match when |got − expected| ≤ tolerance · max(1, |expected|). */
export const DEFAULT_TOLERANCE = 1e-6;
/** Name the learner's code runs under, so stack frames can be traced back to its lines. */
export const SOURCE_NAME = 'exercise.ts';
export const MAX_LOG_LINES = 200;
const MAX_RENDER = 400;
/** Longest error message or console line kept: a 50 MB message once froze the page for 10 s. */
export const MAX_TEXT = 2000;
const MAX_NAME = 100;
/** Marks a returned value that is not data (a function, a symbol), so it can cross to the grader. */
const UNPLAIN = '$unplain';

export interface CallsOptions {
  /** the learner's code, transpiled to CommonJS */
  code: string;
  calls: readonly CallRequest[];
  /** what `require`/`import` may load, e.g. `{ '@tensorflow/tfjs': tf }` */
  modules?: Record<string, unknown>;
  /** called for each console line as it is printed */
  onLog?: (line: LogLine) => void;
}

export interface SuiteOptions extends Omit<CallsOptions, 'calls'> {
  tests: readonly ExerciseTest[];
}

type Loaded = { exports: Record<string, unknown> };

function compile(body: string, params: string[]): (...args: unknown[]) => unknown {
  return new Function(...params, `${body}\n//# sourceURL=${SOURCE_NAME}`) as (...args: unknown[]) => unknown;
}

const PARAMS = ['exports', 'require', 'module', 'console'];
let lineOffset: number | undefined;

function stackLocation(error: unknown): { line: number; column: number } | undefined {
  let stack = '';
  try {
    stack = typeof error === 'object' && error !== null && 'stack' in error ? String(error.stack) : '';
  } catch {
    // a throwing `stack` getter: no line to show
  }
  const match = stack.match(/exercise\.ts:(\d+):(\d+)/);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** `text` cut to `max` characters, marked with an ellipsis when cut. */
export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A string for a property of a learner's error, even one whose getter or `toString` throws. */
function textOf(read: () => unknown, max: number, fallback: string): string {
  try {
    const v = read();
    return clip(typeof v === 'string' ? v : String(v), max) || fallback;
  } catch {
    return fallback;
  }
}

/** Lines the engine adds above the body of `new Function` (2 in V8), measured once. */
function headerLines(): number {
  if (lineOffset === undefined) {
    lineOffset = 0;
    try {
      compile('throw new Error("where am I")', PARAMS)();
    } catch (error) {
      lineOffset = (stackLocation(error)?.line ?? 1) - 1;
    }
  }
  return lineOffset;
}

/** The error as data (strings, cut to a length), with its line in the learner's code when a stack frame points there. */
export function describeError(error: unknown): CodeError {
  const isError = error instanceof Error;
  const name = isError ? textOf(() => error.name, MAX_NAME, 'Error') : 'Error';
  const message = isError ? textOf(() => error.message, MAX_TEXT, '') : `thrown value: ${render(error)}`;
  const where = stackLocation(error);
  if (!where) return { name, message };
  return { name, message, line: Math.max(1, where.line - headerLines()), column: where.column };
}

function formatNumber(x: number): string {
  if (Object.is(x, -0)) return '0';
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(8)));
}

function isUnplain(v: unknown): v is { [UNPLAIN]: string } {
  return typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[UNPLAIN] === 'string';
}

/** Renders `items` as `open…close`, stopping once `budget` characters are used (a 10⁷-long array costs no more than a short one). */
function renderList<T>(items: readonly T[], open: string, close: string, budget: number, one: (item: T, budget: number) => string): string {
  let text = open;
  for (let i = 0; i < items.length; i++) {
    if (text.length >= budget) return `${text}…${close}`;
    text += (i ? ', ' : '') + one(items[i], budget - text.length);
  }
  return text + close;
}

function renderInner(v: unknown, depth: number, budget: number): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return JSON.stringify(v.length > budget ? v.slice(0, budget) : v);
  if (v === undefined) return 'undefined';
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'function') return `[function ${v.name || 'anonymous'}]`;
  if (Array.isArray(v)) return depth > 6 ? '[…]' : renderList(v, '[', ']', budget, (x, left) => renderInner(x, depth + 1, left));
  if (typeof v === 'object') {
    if (isRandomArg(v)) return `createRandom(${v.$random.seed})`;
    if (isUnplain(v)) return `[${v[UNPLAIN]}]`;
    if (depth > 6) return '{…}';
    return renderList(Object.entries(v), '{ ', ' }', budget, ([k, x], left) => `${k}: ${renderInner(x, depth + 1, left)}`);
  }
  return String(v);
}

/** A compact, readable rendering of a value (numbers to 8 significant digits), cut at a length. */
export function render(v: unknown, max = MAX_RENDER): string {
  try {
    return clip(renderInner(v, 0, max), max);
  } catch {
    return '(a value that cannot be shown)';
  }
}

/** Shape of nested arrays, e.g. `[2, 3]`; `scalar` or the type for anything else. */
export function shapeOf(v: unknown): string {
  if (!Array.isArray(v)) return typeof v === 'object' && v !== null ? 'object' : 'scalar';
  const dims: number[] = [];
  let cur: unknown = v;
  while (Array.isArray(cur)) {
    dims.push(cur.length);
    cur = cur[0];
  }
  return `[${dims.join(', ')}]`;
}

const typeName = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : isUnplain(v) ? v[UNPLAIN].split(' ')[0] : typeof v);

/** The first place where `got` differs from `expected`, or null when they match. */
export function compare(got: unknown, expected: unknown, tolerance = DEFAULT_TOLERANCE, path = ''): Mismatch | null {
  const at = path || '(value)';
  if (typeof expected === 'number') {
    if (typeof got !== 'number') return { path: at, kind: 'type', got: `${typeName(got)} ${render(got, 80)}`, expected: `number ${render(expected)}` };
    if (Object.is(got, expected) || (Number.isNaN(got) && Number.isNaN(expected))) return null;
    const close = Number.isFinite(expected) && Math.abs(got - expected) <= tolerance * Math.max(1, Math.abs(expected));
    return close ? null : { path: at, kind: 'value', got: render(got), expected: render(expected) };
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got)) return { path: at, kind: 'type', got: `${typeName(got)} ${render(got, 80)}`, expected: `array of ${expected.length}` };
    if (got.length !== expected.length) {
      return { path: at, kind: 'shape', got: `length ${got.length}`, expected: `length ${expected.length}` };
    }
    for (let i = 0; i < expected.length; i++) {
      const inner = compare(got[i], expected[i], tolerance, `${path}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof got !== 'object' || got === null || Array.isArray(got)) {
      return { path: at, kind: 'type', got: `${typeName(got)} ${render(got, 80)}`, expected: 'object' };
    }
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in got)) return { path: `${path}.${key}`, kind: 'key', got: 'missing', expected: render(value, 80) };
      const inner = compare((got as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
      if (inner) return inner;
    }
    return null;
  }
  return Object.is(got, expected) ? null : { path: at, kind: typeof got === typeof expected ? 'value' : 'type', got: render(got), expected: render(expected) };
}

function isRandomArg(v: unknown): v is { $random: { seed: number; draws: number[] } } {
  return typeof v === 'object' && v !== null && '$random' in v;
}

/** A seeded generator that replays pre-drawn uniforms: `next()` and `int(n) = floor(next() · n)`. */
function replayRandom(draws: readonly number[]) {
  let i = 0;
  const next = () => {
    if (i >= draws.length) throw new RangeError(`the generator was asked for more than the ${draws.length} numbers this test needs`);
    return draws[i++];
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** A fresh copy of an argument (the learner may mutate it), with generators made live. */
function materialize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(materialize);
  if (isRandomArg(v)) return replayRandom(v.$random.draws);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, materialize(x)]));
  return v;
}

/** Tensors (anything with `arraySync`) and typed arrays become nested plain arrays. */
async function toPlain(v: unknown): Promise<unknown> {
  const value = await v;
  if (typeof value === 'object' && value !== null) {
    const tensor = value as { arraySync?: () => unknown; dispose?: () => void };
    if (typeof tensor.arraySync === 'function') {
      const plain = tensor.arraySync();
      tensor.dispose?.();
      return plain;
    }
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
    if (Array.isArray(value)) return Promise.all(value.map(toPlain));
    const entries = await Promise.all(Object.entries(value).map(async ([k, x]) => [k, await toPlain(x)] as const));
    return Object.fromEntries(entries);
  }
  // not data: described, so the outcome can still be posted out of the worker
  if (typeof value === 'function') return { [UNPLAIN]: `function ${value.name || 'anonymous'}` };
  if (typeof value === 'symbol') return { [UNPLAIN]: `symbol ${value.description ?? ''}` };
  return value;
}

function captureConsole(logs: LogLine[], onLog?: (line: LogLine) => void) {
  const emit = (level: LogLine['level']) => (...args: unknown[]) => {
    if (logs.length > MAX_LOG_LINES) return;
    const line: LogLine =
      logs.length === MAX_LOG_LINES
        ? { level: 'warn', text: `… more than ${MAX_LOG_LINES} lines: the rest is not shown` }
        : { level, text: clip(args.map((a) => (typeof a === 'string' ? clip(a) : render(a, MAX_TEXT))).join(' ')) };
    logs.push(line);
    onLog?.(line);
  };
  return { log: emit('log'), info: emit('info'), warn: emit('warn'), error: emit('error'), debug: emit('debug') };
}

function loadModule(code: string, modules: Record<string, unknown>, console: unknown): Loaded {
  const cjs: Loaded = { exports: {} };
  const require = (name: string) => {
    if (name in modules) return modules[name];
    const allowed = Object.keys(modules);
    throw new Error(`Cannot import '${name}'${allowed.length ? `: only ${allowed.join(', ')} is available` : ': exercises run without imports'}`);
  };
  compile(code, PARAMS)(cjs.exports, require, cjs, console);
  return cjs;
}

async function callOne(cjs: Loaded, { call, args }: CallRequest): Promise<CallOutcome> {
  const fn = cjs.exports[call];
  if (typeof fn !== 'function') return { error: { name: 'ReferenceError', message: `your code must export a function named ${call}` } };
  try {
    return { value: await toPlain(fn(...(materialize(args) as unknown[]))) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

/** Worker side: loads the learner's module and makes every call in order; never throws. */
export async function runCalls({ code, calls, modules = {}, onLog }: CallsOptions): Promise<CallsReport> {
  const started = Date.now();
  const logs: LogLine[] = [];
  const console = captureConsole(logs, onLog);
  let cjs: Loaded;
  try {
    cjs = loadModule(code, modules, console);
  } catch (error) {
    return { outcomes: [], error: describeError(error), logs, ms: Date.now() - started };
  }
  const outcomes: CallOutcome[] = [];
  for (const request of calls) outcomes.push(await callOne(cjs, request));
  return { outcomes, logs, ms: Date.now() - started };
}

/** What the worker may see of the tests: calls and arguments, never the expected values. */
export function callsOf(tests: readonly ExerciseTest[]): CallRequest[] {
  return tests.map((test) => ({ call: test.call, args: test.args }));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LEVELS: readonly LogLine['level'][] = ['log', 'info', 'warn', 'error', 'debug'];
const position = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** An error from the worker as the page can show it: strings of bounded length, a line only if it is one. */
export function cleanError(data: unknown): CodeError {
  const e = isRecord(data) ? data : {};
  const error: CodeError = {
    name: typeof e.name === 'string' && e.name ? clip(e.name, MAX_NAME) : 'Error',
    message: typeof e.message === 'string' ? clip(e.message) : render(e.message, MAX_TEXT),
  };
  const line = position(e.line);
  const column = position(e.column);
  return line ? { ...error, line, ...(column ? { column } : {}) } : error;
}

/** A console line from the worker, cut to length; null when it is not one. */
export function cleanLog(data: unknown): LogLine | null {
  if (!isRecord(data)) return null;
  const level = LEVELS.includes(data.level as LogLine['level']) ? (data.level as LogLine['level']) : 'log';
  return { level, text: typeof data.text === 'string' ? clip(data.text) : render(data.text, MAX_TEXT) };
}

function gradeOne(test: ExerciseTest, index: number, outcome: unknown): TestResult {
  const base = { index, call: test.call, hidden: test.hidden === true, passed: false };
  if (!isRecord(outcome) || !('value' in outcome || 'error' in outcome)) {
    return { ...base, error: { name: 'Error', message: 'the runner returned no result for this test' } };
  }
  if ('error' in outcome) return { ...base, error: cleanError(outcome.error) };
  const got = outcome.value;
  const mismatch = compare(got, test.expected, test.tolerance ?? DEFAULT_TOLERANCE);
  if (!mismatch) return { ...base, passed: true, got: render(got) };
  return { ...base, got: render(got), mismatch: { ...mismatch, gotShape: shapeOf(got), expectedShape: shapeOf(test.expected) } };
}

/**
 * Grader side: compares each outcome the worker posted (`data`, a structured clone of its
 * `CallsReport`, trusted for nothing) with the expected values. Runs where learner code never ran,
 * so the intrinsics it uses are the realm's own; never throws on a malformed report.
 */
export function gradeCalls(tests: readonly ExerciseTest[], data: unknown): SuiteReport {
  const report = isRecord(data) ? data : {};
  const logs = (Array.isArray(report.logs) ? report.logs.slice(0, MAX_LOG_LINES + 1) : []).map(cleanLog).filter((l): l is LogLine => l !== null);
  const ms = typeof report.ms === 'number' && Number.isFinite(report.ms) ? Math.max(0, report.ms) : 0;
  if (report.error !== undefined) return { status: 'error', passed: 0, failed: tests.length, results: [], error: cleanError(report.error), logs, ms };
  const outcomes = Array.isArray(report.outcomes) ? report.outcomes : [];
  const results = tests.map((test, index) => gradeOne(test, index, outcomes[index]));
  const passed = results.filter((r) => r.passed).length;
  const status = results.some((r) => r.error) ? 'error' : passed === results.length ? 'passed' : 'failed';
  return { status, passed, failed: results.length - passed, results, logs, ms };
}

/**
 * Both halves in one realm, for build-time checks and Vitest (`exercises.test.ts`): the outcomes
 * still cross a structured clone, as they do between the worker and the runner frame. Learner
 * code run this way shares the grader's intrinsics: the browser never does.
 */
export async function runSuite({ tests, ...options }: SuiteOptions): Promise<SuiteReport> {
  const calls = await runCalls({ ...options, calls: callsOf(tests) });
  return gradeCalls(tests, structuredClone(calls));
}
