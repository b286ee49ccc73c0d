import { describe, expect, it } from 'vitest';
import { compileMdx } from '@/components/content/compile-mdx';
import { lessonSections } from './lesson-sections';
import { loadLessons } from './lessons';

describe('lessonSections', () => {
  it('gives each heading the id rehype-slug gives it, skipping code', () => {
    const body = '## Why divide by √d_k\n\n```\n## not a heading\n```\n\n### A detail\n\n## A detail\n';
    expect([...lessonSections(body)]).toEqual([
      ['why-divide-by-d_k', 'Why divide by √d_k'],
      ['a-detail', 'A detail'],
      ['a-detail-1', 'A detail'],
    ]);
  });

  it('reads a formula in a heading as plain text, with the same id', () => {
    expect([...lessonSections('## Why divide by $\\sqrt{d_k}$\n')]).toEqual([['why-divide-by-d_k', 'Why divide by √d_k']]);
  });

  it('agrees with the compiled lessons\' table of contents', async () => {
    for (const lesson of loadLessons()) {
      const { toc } = await compileMdx(lesson.body, lesson.file);
      const sections = lessonSections(lesson.body);
      for (const entry of toc) expect(sections.get(entry.id), `${lesson.slug}#${entry.id}`).toBeDefined();
    }
  });
});
