import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from './paths';
import { exercisePromptFile, lessonTranslationFile, loadExercises, loadLessonFile, loadLessons, loadQuizSets } from './index';
import { exerciseParity, lessonParity, quizParity } from './zh-parity';

// The Chinese content against the English, on the real files: structure wherever a translation
// exists (lib/content/zh-parity.ts), and a translation for every lesson, quiz set and exercise.
const lessons = loadLessons();
const sets = loadQuizSets();
const exercises = loadExercises();
const quizFile = (slug: string) => path.join(CONTENT_DIR, 'quizzes', 'zh', `${slug}.yaml`);
const exerciseFolder = (id: string) => path.join(CONTENT_DIR, 'exercises', id);

describe('Chinese translations have the English structure', () => {
  it.each(lessons.filter((l) => fs.existsSync(lessonTranslationFile(l.slug, 'zh'))).map((l) => [l.slug, l] as const))('lesson %s', (slug, en) => {
    const zh = loadLessonFile(lessonTranslationFile(slug, 'zh'));
    expect(lessonParity(en, zh)).toEqual([]);
    for (const key of ['order', 'prerequisites', 'sources'] as const) expect(zh[key], key).toEqual(en[key]);
  });

  it.each(sets.filter((s) => fs.existsSync(quizFile(s.slug))).map((s) => [s.slug, s] as const))('quiz set %s', (slug, en) => {
    expect(quizParity(en, parse(fs.readFileSync(quizFile(slug), 'utf8')))).toEqual([]);
  });

  it.each(exercises.filter((e) => fs.existsSync(exercisePromptFile(exerciseFolder(e.id), 'zh'))).map((e) => [e.id] as const))('exercise %s', (id) => {
    const read = (locale: 'en' | 'zh') => matter(fs.readFileSync(exercisePromptFile(exerciseFolder(id), locale), 'utf8')).data;
    expect(exerciseParity(read('en'), read('zh'))).toEqual([]);
  });

  it('loads the Chinese site: every lesson, set and exercise, translated or marked untranslated', () => {
    expect(loadLessons(undefined, 'zh').map((l) => l.slug)).toEqual(lessons.map((l) => l.slug));
    const zhSets = loadQuizSets(undefined, 'zh');
    // the same ids and answers in both languages (progress is shared)
    expect(zhSets.flatMap((s) => s.questions.map((q) => [q.id, q.type, 'answer' in q ? q.answer : null]))).toEqual(sets.flatMap((s) => s.questions.map((q) => [q.id, q.type, 'answer' in q ? q.answer : null])));
    expect(loadExercises(undefined, 'zh').map((e) => [e.id, e.tests])).toEqual(exercises.map((e) => [e.id, e.tests]));
  });
});

// Red until every translation has merged: that is its job.
describe('the Chinese site is complete', () => {
  it('every lesson has content/lessons/zh/<slug>.mdx', () => {
    expect(lessons.filter((l) => !fs.existsSync(lessonTranslationFile(l.slug, 'zh'))).map((l) => l.slug)).toEqual([]);
  });
  it('every quiz set has content/quizzes/zh/<set>.yaml', () => {
    expect(sets.filter((s) => !fs.existsSync(quizFile(s.slug))).map((s) => s.slug)).toEqual([]);
  });
  it('every exercise has prompt.zh.md', () => {
    expect(exercises.filter((e) => !fs.existsSync(exercisePromptFile(exerciseFolder(e.id), 'zh'))).map((e) => e.id)).toEqual([]);
  });
});
