import { transform } from 'sucrase';
import type { CodeError } from './types';

export type TranspileResult = { ok: true; code: string } | { ok: false; error: CodeError };

/**
 * TypeScript → CommonJS JavaScript with sucrase: types are stripped (not checked) and every line
 * keeps its number, so errors found later still point at the learner's line.
 */
export function transpile(source: string): TranspileResult {
  try {
    return { ok: true, code: transform(source, { transforms: ['typescript', 'imports'], production: true }).code };
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    return { ok: false, error: { name: 'SyntaxError', message, ...(loc ? { line: loc.line, column: loc.column + 1 } : {}) } };
  }
}
