import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExercises } from '@/lib/content/exercises';
import { lessonSections } from '@/lib/content/lesson-sections';
import { loadLessons } from '@/lib/content/lessons';
import { markdownToHtml } from '@/lib/content/markdown';
import { gradeInNode } from './grade-in-node';

const exercises = loadExercises();
const grade = (source: string, id: string) => gradeInNode(exercises.find((e) => e.id === id)!, source);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('exercises', () => {
  it('has at least 34 exercises, at least 4 with tfjs, with unique orders and existing lessons', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(34);
    expect(exercises.filter((e) => e.usesTfjs).length).toBeGreaterThanOrEqual(4);
    expect(new Set(exercises.map((e) => e.order)).size).toBe(exercises.length);
    const lessons = new Set(loadLessons().map((l) => l.slug));
    for (const e of exercises) if (e.lesson) expect(lessons, e.id).toContain(e.lesson);
  });

  it.each(exercises.map((e) => [e.id]))('%s: the reference solution passes every test', async (id) => {
    const report = await grade(exercises.find((e) => e.id === id)!.solution, id);
    const failures = report.results.filter((r) => !r.passed);
    expect(report.error, JSON.stringify(report.error)).toBeUndefined();
    expect(failures, JSON.stringify(failures, null, 1)).toEqual([]);
    expect(report.status).toBe('passed');
  });

  it.each(exercises.map((e) => [e.id]))('%s: the starter fails at least one test', async (id) => {
    const report = await grade(exercises.find((e) => e.id === id)!.starter, id);
    expect(report.status).not.toBe('passed');
    expect(report.failed).toBeGreaterThan(0);
  });

  it.each(exercises.map((e) => [e.id]))('%s: tfjs is imported exactly when the exercise says it uses tfjs', (id) => {
    const e = exercises.find((x) => x.id === id)!;
    expect(/from '@tensorflow\/tfjs'/.test(e.solution), 'solution imports tfjs').toBe(e.usesTfjs);
  });
});

describe('exercise prompts', () => {
  const sections = new Map(loadLessons().map((l) => [l.slug, lessonSections(l.body)]));

  it.each(exercises.map((e) => [e.id]))('%s: every lesson link in the prompt names a lesson and one of its sections', (id) => {
    const prompt = exercises.find((x) => x.id === id)!.prompt;
    for (const [, slug, anchor] of prompt.matchAll(/\]\(\/learn\/([a-z0-9-]+)(?:#([^)\s]+))?\)/g)) {
      expect(sections.has(slug), `no lesson "${slug}"`).toBe(true);
      if (anchor) expect(sections.get(slug)?.has(anchor), `no section "${slug}#${anchor}"`).toBe(true);
    }
  });

  it.each(exercises.map((e) => [e.id]))('%s: the prompt renders (Markdown + KaTeX)', (id) => {
    const e = exercises.find((x) => x.id === id)!;
    expect(() => markdownToHtml(e.prompt, `content/exercises/${id}/prompt.md`)).not.toThrow();
  });
});
