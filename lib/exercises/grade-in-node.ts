import * as tf from '@tensorflow/tfjs';
import type { Exercise } from '@/lib/content/exercises';
import type * as Harness from './harness';
import { harnessSource } from './load-harness';
import { transpile } from './transpile';
import type { SuiteReport } from './types';

let harness: typeof Harness | undefined;

/** The transpiled harness source the sandbox's worker gets, evaluated here (once). */
function loadHarness(): typeof Harness {
  if (!harness) {
    const exports = {} as typeof Harness;
    new Function('exports', harnessSource())(exports);
    harness = exports;
  }
  return harness;
}

/**
 * Grades `source` against every test of `exercise` (visible and hidden, as Submit does) in Node,
 * exactly as the sandbox's worker does: same transpile, same harness source. Set tfjs's backend
 * to 'cpu' before grading a tfjs exercise.
 */
export async function gradeInNode(exercise: Exercise, source: string): Promise<SuiteReport> {
  const out = transpile(source);
  if (!out.ok) throw new Error(`${exercise.id}: ${out.error.message}`);
  const modules = exercise.usesTfjs ? { '@tensorflow/tfjs': tf } : {};
  return loadHarness().runSuite({ code: out.code, tests: exercise.tests, modules });
}
