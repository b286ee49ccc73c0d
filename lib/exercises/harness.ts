/**
 * The test harness. It runs the learner's transpiled code (CommonJS, from `transpile`) against a
 * list of tests and reports every result as plain data. The practice page ships this file's
 * transpiled source into the sandbox's worker, and Vitest evaluates the same source in Node, so
 * both grade with the same code: keep it self-contained (type imports only).
 */
import type { CodeError, ExerciseTest, LogLine, Mismatch, SuiteReport, TestResult } from './types';

/** Numbers match when |got − expected| ≤ tolerance · max(1, |expected|). */
export const DEFAULT_TOLERANCE = 1e-6;
/** Name the learner's code runs under, so stack frames can be traced back to its lines. */
export const SOURCE_NAME = 'exercise.ts';
const MAX_LOG_LINES = 200;
const MAX_RENDER = 400;

export interface SuiteOptions {
  /** the learner's code, transpiled to CommonJS */
  code: string;
  tests: readonly ExerciseTest[];
  /** what `require`/`import` may load, e.g. `{ '@tensorflow/tfjs': tf }` */
  modules?: Record<string, unknown>;
  /** called for each console line as it is printed */
  onLog?: (line: LogLine) => void;
}

type Loaded = { exports: Record<string, unknown> };

function compile(body: string, params: string[]): (...args: unknown[]) => unknown {
  return new Function(...params, `${body}\n//# sourceURL=${SOURCE_NAME}`) as (...args: unknown[]) => unknown;
}

const PARAMS = ['exports', 'require', 'module', 'console'];
let lineOffset: number | undefined;

function stackLocation(error: unknown): { line: number; column: number } | undefined {
  const stack = typeof error === 'object' && error !== null && 'stack' in error ? String(error.stack) : '';
  const match = stack.match(/exercise\.ts:(\d+):(\d+)/);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
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

/** The error as data, with its line in the learner's code when a stack frame points there. */
export function describeError(error: unknown): CodeError {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : `thrown value: ${render(error)}`;
  const where = stackLocation(error);
  if (!where) return { name, message };
  return { name, message, line: Math.max(1, where.line - headerLines()), column: where.column };
}

function formatNumber(x: number): string {
  if (Object.is(x, -0)) return '0';
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(8)));
}

function renderInner(v: unknown, depth: number): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'function') return `[function ${v.name || 'anonymous'}]`;
  if (Array.isArray(v)) return depth > 6 ? '[…]' : `[${v.map((x) => renderInner(x, depth + 1)).join(', ')}]`;
  if (typeof v === 'object') {
    if (isRandomArg(v)) return `createRandom(${v.$random.seed})`;
    if (depth > 6) return '{…}';
    return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${renderInner(x, depth + 1)}`).join(', ')} }`;
  }
  return String(v);
}

/** A compact, readable rendering of a value (numbers to 8 significant digits), cut at a length. */
export function render(v: unknown, max = MAX_RENDER): string {
  const text = renderInner(v, 0);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
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

const typeName = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

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
  return value;
}

function captureConsole(logs: LogLine[], onLog?: (line: LogLine) => void) {
  const emit = (level: LogLine['level']) => (...args: unknown[]) => {
    if (logs.length > MAX_LOG_LINES) return;
    const line: LogLine =
      logs.length === MAX_LOG_LINES
        ? { level: 'warn', text: `… more than ${MAX_LOG_LINES} lines: the rest is not shown` }
        : { level, text: args.map((a) => (typeof a === 'string' ? a : render(a, 2000))).join(' ') };
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

async function runOne(cjs: Loaded, test: ExerciseTest, index: number): Promise<TestResult> {
  const base = { index, call: test.call, hidden: test.hidden === true };
  const fn = cjs.exports[test.call];
  if (typeof fn !== 'function') {
    return { ...base, passed: false, error: { name: 'ReferenceError', message: `your code must export a function named ${test.call}` } };
  }
  try {
    const got = await toPlain(fn(...(materialize(test.args) as unknown[])));
    const mismatch = compare(got, test.expected, test.tolerance ?? DEFAULT_TOLERANCE);
    if (!mismatch) return { ...base, passed: true, got: render(got) };
    return {
      ...base,
      passed: false,
      got: render(got),
      mismatch: { ...mismatch, gotShape: shapeOf(got), expectedShape: shapeOf(test.expected) },
    };
  } catch (error) {
    return { ...base, passed: false, error: describeError(error) };
  }
}

/** Loads the learner's module, runs every test in order and reports; never throws. */
export async function runSuite({ code, tests, modules = {}, onLog }: SuiteOptions): Promise<SuiteReport> {
  const started = Date.now();
  const logs: LogLine[] = [];
  const console = captureConsole(logs, onLog);
  let cjs: Loaded;
  try {
    cjs = loadModule(code, modules, console);
  } catch (error) {
    return { status: 'error', passed: 0, failed: tests.length, results: [], error: describeError(error), logs, ms: Date.now() - started };
  }
  const results: TestResult[] = [];
  for (let i = 0; i < tests.length; i++) results.push(await runOne(cjs, tests[i], i));
  const passed = results.filter((r) => r.passed).length;
  const status = results.some((r) => r.error) ? 'error' : passed === results.length ? 'passed' : 'failed';
  return { status, passed, failed: results.length - passed, results, logs, ms: Date.now() - started };
}
