import { describe, expect, it } from 'vitest';
import { checkLogLine, checkReport } from './report-schema';

const result = (index: number, passed: boolean) => ({ index, call: 'softmax', hidden: false, passed, got: '[1]' });
const report = (over: Record<string, unknown> = {}) => ({ status: 'failed', passed: 1, failed: 1, results: [result(0, true), result(1, false)], logs: [], ms: 12, ...over });

describe('checkReport', () => {
  it('accepts a well-formed report as it is', () => {
    expect(checkReport(report(), 2)).toEqual({ ok: true, report: report() });
  });

  it('refuses an error whose name is an object (it took the whole page down), saying where', () => {
    const check = checkReport(report({ status: 'error', error: { name: { evil: true }, message: 'x' } }), 2);
    expect(check).toEqual({ ok: false, problem: 'error.name: Invalid input: expected string, received object' });
  });

  it.each([
    ['a result for a test that did not run', report({ results: [result(0, true), result(5, false)] }), 'results do not match the 2 tests that ran'],
    ['the same test twice', report({ results: [result(1, true), result(1, false)] }), 'results do not match the 2 tests that ran'],
    ['counts that do not add up', report({ passed: 2, failed: 1 }), 'passed + failed is not 2'],
    ['"passed" with a failed test', report({ status: 'passed', passed: 2, failed: 0 }), 'the report says passed while a test failed'],
  ])('refuses %s', (_, data, problem) => {
    expect(checkReport(data, 2)).toEqual({ ok: false, problem });
  });

  it('cuts a 50 MB message and 10 × 5 MB console lines to 2,000 characters each, quickly', () => {
    // cloned, as postMessage delivers it (flat strings; a fresh `repeat` rope would cost a copy to cut)
    const data = structuredClone(report({ status: 'error', results: [], passed: 0, failed: 2, error: { name: 'Error', message: 'm'.repeat(50_000_000) }, logs: Array.from({ length: 10 }, () => ({ level: 'log', text: 'l'.repeat(5_000_000) })) }));
    const started = performance.now();
    const check = checkReport(data, 2);
    const ms = performance.now() - started;
    if (!check.ok) throw new Error(check.problem);
    expect(check.report.error?.message).toBe(`${'m'.repeat(1999)}…`);
    expect(check.report.logs.map((l) => l.text.length)).toEqual(new Array(10).fill(2000));
    expect(ms).toBeLessThan(100);
  });

  it('keeps at most 201 console lines', () => {
    const check = checkReport(report({ logs: Array.from({ length: 5000 }, (_, i) => ({ level: 'info', text: String(i) })) }), 2);
    expect(check.ok && check.report.logs.length).toBe(201);
  });
});

describe('checkLogLine', () => {
  it('accepts a line, cuts a long one, refuses anything else', () => {
    expect(checkLogLine({ level: 'warn', text: 'hi' })).toEqual({ level: 'warn', text: 'hi' });
    expect(checkLogLine({ level: 'log', text: 'z'.repeat(3000) })?.text).toHaveLength(2000);
    expect(checkLogLine({ level: 'log', text: { toString: 'x' } })).toBeNull();
    expect(checkLogLine({ level: 'shout', text: 'x' })).toBeNull();
    expect(checkLogLine('text')).toBeNull();
  });
});
