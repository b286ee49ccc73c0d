import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ContentError, parseContent } from './errors';
import { CONTENT_DIR, displayPath } from './paths';
import { quizSetSchema, type QuizSet } from './quiz-schema';

/** A validated quiz set; `slug` is the file name without `.yaml`. */
export interface LoadedQuizSet extends QuizSet {
  slug: string;
  file: string;
}

/** Every quiz set in `dir`, validated; question ids must be unique across all sets. */
export function loadQuizSets(dir = path.join(CONTENT_DIR, 'quizzes')): LoadedQuizSet[] {
  if (!fs.existsSync(dir)) return [];
  const sets = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const shown = displayPath(file);
      let data: unknown;
      try {
        data = parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        throw new ContentError(shown, [`not valid YAML: ${(error as Error).message}`]);
      }
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
