import { describe, expect, it } from 'vitest';
import { compare, runSuite, shapeOf } from './harness';
import { transpile } from './transpile';

const compile = (source: string) => {
  const out = transpile(source);
  if (!out.ok) throw new Error(out.error.message);
  return out.code;
};

describe('compare', () => {
  it('accepts numbers within tolerance · max(1, |expected|) and reports the first differing index', () => {
    expect(compare([1 + 5e-7, 2], [1, 2])).toBeNull();
    expect(compare([1000.0005], [1000])).toBeNull();
    expect(compare([[1, 2], [3, 4.1]], [[1, 2], [3, 4]])).toEqual({ path: '[1][1]', kind: 'value', got: '4.1', expected: '4' });
  });

  it('reports shapes, types and missing keys', () => {
    expect(compare([1, 2], [1, 2, 3])).toMatchObject({ path: '(value)', kind: 'shape', got: 'length 2', expected: 'length 3' });
    expect(compare('1', 1)).toMatchObject({ kind: 'type' });
    expect(compare({ a: [1] }, { a: [1], b: 2 })).toMatchObject({ path: '.b', kind: 'key' });
    expect(compare(-Infinity, -Infinity)).toBeNull();
    expect(compare(NaN, 1)).toMatchObject({ kind: 'value', got: 'NaN' });
    expect(shapeOf([[1, 2, 3], [4, 5, 6]])).toBe('[2, 3]');
  });
});

describe('runSuite', () => {
  const tests = [
    { call: 'double', args: [[1, 2]], expected: [2, 4] },
    { call: 'double', args: [[3]], expected: [6], hidden: true },
  ];

  it('passes, fails with a diff, and captures console output', async () => {
    const ok = await runSuite({ code: compile('export const double = (x: number[]) => { console.log("n =", x.length); return x.map((v) => 2 * v); };'), tests });
    expect(ok).toMatchObject({ status: 'passed', passed: 2, failed: 0 });
    expect(ok.logs).toEqual([{ level: 'log', text: 'n = 2' }, { level: 'log', text: 'n = 1' }]);
    const bad = await runSuite({ code: compile('export const double = (x: number[]) => x.map((v) => v + 1);'), tests });
    expect(bad).toMatchObject({ status: 'failed', passed: 0, failed: 2 });
    expect(bad.results[0].mismatch).toMatchObject({ path: '[1]', got: '3', expected: '4', gotShape: '[2]' });
  });

  it('gives the line of a runtime error in the learner code', async () => {
    const code = compile('export function double(x: number[]): number[] {\n  const y = x.map((v) => 2 * v);\n  return (y as any).nope.length;\n}\n');
    const report = await runSuite({ code, tests });
    expect(report.status).toBe('error');
    expect(report.results[0].error).toMatchObject({ name: 'TypeError', line: 3 });
  });

  it('reports errors at load time with their line, missing exports and forbidden imports', async () => {
    const top = await runSuite({ code: compile('const a = 1;\n\nthrow new Error("boom " + a);\n'), tests });
    expect(top.error).toMatchObject({ message: 'boom 1', line: 3 });
    const missing = await runSuite({ code: compile('export const triple = 3;'), tests });
    expect(missing.results[0].error?.message).toMatch(/export a function named double/);
    const imported = await runSuite({ code: compile("import fs from 'node:fs';\nexport const double = () => fs;"), tests });
    expect(imported.error?.message).toMatch(/Cannot import 'node:fs'/);
  });

  it('replays a seeded generator given as { $random }', async () => {
    const report = await runSuite({
      code: compile('export const draw = (r: { int(n: number): number }) => [r.int(10), r.int(10)];'),
      tests: [{ call: 'draw', args: [{ $random: { seed: 1, draws: [0.05, 0.99] } }], expected: [0, 9] }],
    });
    expect(report.status).toBe('passed');
  });
});

describe('transpile', () => {
  it('keeps line numbers and reports syntax errors with their line', () => {
    const out = transpile('const a: number = 1;\nconst b = (;\n');
    expect(out).toMatchObject({ ok: false, error: { name: 'SyntaxError', line: 2 } });
  });
});
