import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadExercises } from '@/lib/content/exercises';
import type * as Harness from './harness';
import { describeError } from './harness';
import { harnessSource } from './load-harness';
import { transpile } from './transpile';
import type { ExerciseTest, SuiteReport } from './types';

type HarnessExports = typeof Harness;

/** The transpiled harness the browser ships, evaluated in a realm of its own (as the worker and the runner frame each are). */
function harnessIn(context: vm.Context): HarnessExports {
  return vm.runInContext(`(function () { var exports = {}; (function (exports) {\n${harnessSource()}\n})(exports); return exports; })()`, context);
}

const grader = harnessIn(vm.createContext({}));
const compile = (source: string) => {
  const out = transpile(source);
  if (!out.ok) throw new Error(out.error.message);
  return out.code;
};

/** `value` rebuilt inside `context`, as postMessage rebuilds data in the receiving realm (test data is JSON-safe). */
const into = (context: vm.Context, value: unknown) => (vm.runInContext('JSON.parse', context) as (text: string) => unknown)(JSON.stringify(value));

/** As the practice page grades: calls in a fresh "worker" realm, outputs structured-cloned out, compared in the grader's realm. */
async function gradeSplit(source: string, tests: readonly ExerciseTest[]): Promise<SuiteReport> {
  const context = vm.createContext({});
  const worker = harnessIn(context);
  const outcomes = await worker.runCalls({ code: compile(source), calls: into(context, grader.callsOf(tests)) as Harness.CallsOptions['calls'] });
  return grader.gradeCalls(tests, structuredClone(outcomes));
}

const softmax = loadExercises().find((e) => e.id === 'stable-softmax')!;
const wrong = 'export function softmax(x: number[]): number[] { return x.map(() => 0.5); }';
const attacks = {
  'Math.abs = () => 0': `Math.abs = () => 0;\n${wrong}`,
  'Object.is = () => true': `Object.is = () => true;\n${wrong}`,
  'a patched Array.prototype.filter': `Array.prototype.filter = function (this: unknown[]) { return this; } as never;\n${wrong}`,
};

describe('grading outside the learner code’s realm', () => {
  it.each(Object.entries(attacks))('a wrong answer that sets %s still fails every test', async (_, source) => {
    const report = await gradeSplit(source, softmax.tests);
    expect(report).toMatchObject({ status: 'failed', passed: 0, failed: softmax.tests.length });
    expect(report.results[0].mismatch).toMatchObject({ path: '[0]', got: '0.5', expected: '0.090030573' });
  });

  it.each(Object.entries(attacks))('graded in the same realm, %s would pass the wrong answer (the attack is real)', async (_, source) => {
    const context = vm.createContext({ structuredClone });
    const report = await harnessIn(context).runSuite({ code: compile(source), tests: into(context, softmax.tests) as ExerciseTest[] });
    expect(report.status).toBe('passed');
  });

  it('the reference solution passes graded this way', async () => {
    const report = await gradeSplit(softmax.solution, softmax.tests);
    expect(report).toMatchObject({ status: 'passed', passed: softmax.tests.length, failed: 0 });
  });

  it('the worker gets calls and arguments only, never an expected value', () => {
    const calls = grader.callsOf(softmax.tests);
    expect(calls.map((c) => Object.keys(c))).toEqual(softmax.tests.map(() => ['call', 'args']));
    expect(JSON.stringify(calls)).not.toContain('expected');
  });

  it('a returned function or symbol is described, not lost, and fails', async () => {
    const report = await gradeSplit('export function softmax(x: number[]) { return [() => 1, Symbol("s"), x[0]]; }', softmax.tests.slice(0, 1));
    expect(report.results[0]).toMatchObject({ passed: false, got: '[[function anonymous], [symbol s], 1]' });
  });
});

describe('gradeCalls trusts nothing in what the worker posted', () => {
  const tests = softmax.tests.slice(0, 2);

  it('a missing or malformed report fails each test with a reason instead of throwing', () => {
    for (const data of [null, 'done', { outcomes: 'x' }, { outcomes: [{}, 5] }]) {
      const report = grader.gradeCalls(tests, data);
      expect(report).toMatchObject({ status: 'error', passed: 0, failed: 2, logs: [] });
      expect(report.results.map((r) => r.error?.message)).toEqual(['the runner returned no result for this test', 'the runner returned no result for this test']);
    }
  });

  it('error names that are not strings become "Error", and huge messages and logs are cut to 2,000 characters', () => {
    // cloned, as postMessage delivers it (flat strings; a fresh `repeat` rope would cost a copy to cut)
    const data = structuredClone({
      outcomes: [{ error: { name: { toString: 1 }, message: 'x'.repeat(50_000_000), line: 'two' } }, { error: { name: 'RangeError', message: 5, line: 3, column: 0 } }],
      logs: Array.from({ length: 10 }, () => ({ level: 'shout', text: 'y'.repeat(5_000_000) })),
      ms: Infinity,
    });
    const started = performance.now();
    const report = grader.gradeCalls(tests, data);
    const ms = performance.now() - started;
    expect(report.results[0].error).toEqual({ name: 'Error', message: `${'x'.repeat(1999)}…` });
    expect(report.results[1].error).toEqual({ name: 'RangeError', message: '5', line: 3 });
    expect(report.logs).toHaveLength(10);
    expect(report.logs.every((l) => l.level === 'log' && l.text.length === 2000)).toBe(true);
    expect(report.ms).toBe(0);
    expect(ms).toBeLessThan(100);
  });

  it('an Error whose name is an object is described with strings in the worker', () => {
    const error = Object.assign(new Error('boom'), { name: { nested: true } });
    expect(describeError(error)).toMatchObject({ name: '[object Object]', message: 'boom' });
    const hostile = new Error('m');
    Object.defineProperty(hostile, 'name', { get: () => { throw new Error('no'); } });
    expect(describeError(hostile).name).toBe('Error');
  });

  it('renders a ten-million-element output in bounded time', () => {
    const output = new Array(10_000_000).fill(0.5);
    const started = performance.now();
    const text = grader.render(output);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(text.startsWith('[0.5, 0.5')).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
