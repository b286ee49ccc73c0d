import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ContentError, parseContent } from './errors';
import { CONTENT_DIR, displayPath } from './paths';
import { quizSetSchema, type QuizSet } from './quiz-schema';
import { overlayQuizSet, quizTranslationSchema } from './quiz-translation';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n';

/** A validated quiz set; `slug` is the file name without `.yaml`. */
export interface LoadedQuizSet extends QuizSet {
  slug: string;
  file: string;
  /** Asked for in another language that has no translation of this set yet: the English text. */
  untranslated?: boolean;
}

function readYaml(file: string): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(displayPath(file), [`not valid YAML: ${(error as Error).message}`]);
  }
}

/**
 * Every quiz set in `dir`, validated; question ids must be unique across all sets. In another
 * `locale`, each set's text comes from `<dir>/<locale>/<set>.yaml` by question id over the English
 * set (type, answer, tolerance, compute, links and sources stay the English ones), or the set is
 * the English one marked `untranslated`.
 */
export function loadQuizSets(dir = path.join(CONTENT_DIR, 'quizzes'), locale: Locale = DEFAULT_LOCALE): LoadedQuizSet[] {
  const english = loadEnglishQuizSets(dir);
  if (locale === DEFAULT_LOCALE) return english;
  return english.map((set) => {
    const file = path.join(dir, locale, `${set.slug}.yaml`);
    if (!fs.existsSync(file)) return { ...set, untranslated: true };
    const translation = parseContent(quizTranslationSchema, readYaml(file), displayPath(file));
    return { ...set, ...overlayQuizSet(set, translation), slug: set.slug, file: displayPath(file) };
  });
}

function loadEnglishQuizSets(dir: string): LoadedQuizSet[] {
  if (!fs.existsSync(dir)) return [];
  const sets = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const shown = displayPath(file);
      const data = readYaml(file);
      return { ...parseContent(quizSetSchema, data, shown), slug: path.basename(f, '.yaml'), file: shown };
    });
  const owner = new Map<string, string>();
  for (const set of sets) {
    set.questions.forEach((q, i) => {
      const first = owner.get(q.id);
      if (first) throw new ContentError(set.file, [`field "questions[${i}].id": "${q.id}" is also used in ${first}`]);
      owner.set(q.id, set.file);
    });
  }
  return sets;
}
