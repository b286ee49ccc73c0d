import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, parseContent } from './errors';
import { EXERCISE_FILES, exerciseMetaSchema, type ExerciseMeta } from './exercise-schema';
import { SLUG_PATTERN } from './lesson-schema';
import { CONTENT_DIR, displayPath } from './paths';
import { evaluateTests } from '@/lib/exercises/evaluate-tests';
import type { ExerciseTest } from '@/lib/exercises/types';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n';

/** A validated exercise folder with its sources as text. */
export interface Exercise extends ExerciseMeta {
  id: string;
  prompt: string;
  starter: string;
  solution: string;
  /** the evaluated `tests.ts`: expected values computed with lib/math */
  tests: ExerciseTest[];
  /** Asked for in another language that has no translated prompt yet: the English prompt. */
  untranslated?: boolean;
}

/**
 * Every exercise in `dir` (one folder each), validated and sorted by order. In another `locale`
 * the title, hints and prompt come from `prompt.<locale>.md` (hints only where there are as many
 * as in English); code, tests and every other field are the English exercise's.
 */
export function loadExercises(dir = path.join(CONTENT_DIR, 'exercises'), locale: Locale = DEFAULT_LOCALE): Exercise[] {
  if (!fs.existsSync(dir)) return [];
  const english = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => loadExercise(path.join(dir, d.name)))
    .sort((a, b) => a.order - b.order);
  return locale === DEFAULT_LOCALE ? english : english.map((e) => translateExercise(e, path.join(dir, e.id), locale));
}

/** Where the prompt of the exercise in `folder` is in `locale`. */
export function exercisePromptFile(folder: string, locale: Locale): string {
  return path.join(folder, locale === DEFAULT_LOCALE ? 'prompt.md' : `prompt.${locale}.md`);
}

function translateExercise(exercise: Exercise, folder: string, locale: Locale): Exercise {
  const file = exercisePromptFile(folder, locale);
  if (!fs.existsSync(file)) return { ...exercise, untranslated: true };
  const prompt = matter(fs.readFileSync(file, 'utf8'));
  const meta = parseContent(exerciseMetaSchema, prompt.data, displayPath(file));
  return { ...exercise, title: meta.title, hints: meta.hints.length === exercise.hints.length ? meta.hints : exercise.hints, prompt: prompt.content };
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
