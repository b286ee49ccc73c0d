import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, parseContent } from './errors';
import { EXERCISE_FILES, exerciseMetaSchema, type ExerciseMeta } from './exercise-schema';
import { SLUG_PATTERN } from './lesson-schema';
import { CONTENT_DIR, displayPath } from './paths';
import { evaluateTests } from '@/lib/exercises/evaluate-tests';
import type { ExerciseTest } from '@/lib/exercises/types';

/** A validated exercise folder with its sources as text. */
export interface Exercise extends ExerciseMeta {
  id: string;
  prompt: string;
  starter: string;
  solution: string;
  /** the evaluated `tests.ts`: expected values computed with lib/math */
  tests: ExerciseTest[];
}

/** Every exercise in `dir` (one folder each), validated and sorted by order. */
export function loadExercises(dir = path.join(CONTENT_DIR, 'exercises')): Exercise[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => loadExercise(path.join(dir, d.name)))
    .sort((a, b) => a.order - b.order);
}

function loadExercise(folder: string): Exercise {
  const shown = displayPath(folder);
  const id = path.basename(folder);
  if (!SLUG_PATTERN.test(id)) throw new ContentError(shown, ['folder name must be kebab-case']);
  const missing = EXERCISE_FILES.filter((f) => !fs.existsSync(path.join(folder, f)));
  if (missing.length) throw new ContentError(shown, missing.map((f) => `missing file ${f}`));
  const read = (f: string) => fs.readFileSync(path.join(folder, f), 'utf8');
  const prompt = matter(read('prompt.md'));
  const meta = parseContent(exerciseMetaSchema, prompt.data, `${shown}/prompt.md`);
  return { ...meta, id, prompt: prompt.content, starter: read('starter.ts'), solution: read('solution.ts'), tests: evaluateTests(read('tests.ts'), `${shown}/tests.ts`) };
}
