import { z } from 'zod';
import { MAX_LOG_LINES, MAX_TEXT, clip } from './harness';
import type { LogLine, SuiteReport } from './types';

/**
 * The practice page's check of what the runner frame posts. Nothing the learner's code produced
 * reaches React unchecked: a string field that holds an object would take the page down, and a
 * 50 MB message froze it for 10 s, so every text is cut to a length here as well as in the frame.
 */
const text = (max: number) => z.string().transform((s) => clip(s, max));
const count = z.number().int().min(0);
const position = z.number().int().positive().optional();

const codeErrorSchema = z.object({ name: text(100), message: text(MAX_TEXT), line: position, column: position });

export const logLineSchema = z.object({ level: z.enum(['log', 'info', 'warn', 'error', 'debug']), text: text(MAX_TEXT) });

const mismatchSchema = z.object({
  path: text(200),
  kind: z.enum(['shape', 'type', 'key', 'value']),
  got: text(400),
  expected: text(400),
  gotShape: text(100).optional(),
  expectedShape: text(100).optional(),
});

const testResultSchema = z.object({
  index: count,
  call: text(100),
  hidden: z.boolean(),
  passed: z.boolean(),
  got: text(400).optional(),
  mismatch: mismatchSchema.optional(),
  error: codeErrorSchema.optional(),
});

const suiteReportSchema = z.object({
  status: z.enum(['passed', 'failed', 'error', 'timeout', 'stopped']),
  passed: count,
  failed: count,
  results: z.array(testResultSchema),
  error: codeErrorSchema.optional(),
  // the frame forwards at most MAX_LOG_LINES + 1 lines; more is cut, not refused
  logs: z
    .array(z.unknown())
    .transform((lines) => lines.slice(0, MAX_LOG_LINES + 1))
    .pipe(z.array(logLineSchema)),
  ms: z.number().min(0),
});

/** Why a report was refused, for the notice the page shows in its place. */
export type ReportCheck = { ok: true; report: SuiteReport } | { ok: false; problem: string };

/**
 * Validates a runner report for a run of `testCount` tests: its shape, and that it describes
 * exactly those tests (each result's index names one of them, passed + failed adds up, and
 * "passed" means every test passed).
 */
export function checkReport(data: unknown, testCount: number): ReportCheck {
  const parsed = suiteReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue.path.join('.') || 'report'}: ${issue.message}` };
  }
  const report = parsed.data as SuiteReport;
  const indices = new Set(report.results.map((r) => r.index));
  if (report.results.length > testCount || indices.size !== report.results.length || [...indices].some((i) => i >= testCount)) {
    return { ok: false, problem: `results do not match the ${testCount} tests that ran` };
  }
  if (report.passed + report.failed !== testCount) return { ok: false, problem: `passed + failed is not ${testCount}` };
  if (report.status === 'passed' && (report.failed > 0 || report.results.length !== testCount || report.results.some((r) => !r.passed))) {
    return { ok: false, problem: 'the report says passed while a test failed' };
  }
  return { ok: true, report };
}

/** A console line streamed while the code runs, or null when it is not one. */
export function checkLogLine(data: unknown): LogLine | null {
  const parsed = logLineSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
