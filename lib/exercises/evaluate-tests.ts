import * as math from '@/lib/math';
import { ContentError, parseContent } from '@/lib/content/errors';
import { exerciseTestsSchema } from '@/lib/content/exercise-schema';
import { transpile } from './transpile';
import type { ExerciseTest } from './types';

/** What a `tests.ts` file may import: expected values are computed with lib/math at build time. */
const MODULES: Record<string, unknown> = { '@/lib/math': math };

/**
 * Runs the source of a `tests.ts` (its `export const tests = [...]`) and validates the result.
 * This happens at build time (and in Vitest), so the page ships plain data: the expected values
 * come straight from lib/math.
 */
export function evaluateTests(source: string, file: string): ExerciseTest[] {
  const out = transpile(source);
  if (!out.ok) throw new ContentError(file, [`${out.error.message} (line ${out.error.line ?? '?'})`]);
  const cjs: { exports: Record<string, unknown> } = { exports: {} };
  const require = (name: string) => {
    if (name in MODULES) return MODULES[name];
    throw new ContentError(file, [`tests.ts may import only ${Object.keys(MODULES).join(', ')} and types, not '${name}'`]);
  };
  new Function('exports', 'require', 'module', out.code)(cjs.exports, require, cjs);
  return parseContent(exerciseTestsSchema, cjs.exports.tests, file) as ExerciseTest[];
}
