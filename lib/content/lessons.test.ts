import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { loadLessons } from './lessons';

const GOOD = `---
title: A lesson
slug: a-lesson
order: 1
summary: A short summary.
objectives: [Do a thing]
sources:
  - authors: Doe, J.
    year: 2020
    title: A paper
    url: https://arxiv.org/abs/0000.00000
---

## Body
`;

const dirs: string[] = [];
function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('loadLessons', () => {
  it('loads a valid lesson with reading time and default prerequisites', () => {
    const [lesson] = loadLessons(fixture({ 'a-lesson.mdx': GOOD }));
    expect(lesson.slug).toBe('a-lesson');
    expect(lesson.prerequisites).toEqual([]);
    expect(lesson.readingMinutes).toBe(1);
    expect(lesson.body.trim()).toBe('## Body');
  });

  it('rejects a malformed lesson with a message naming the file and the field', () => {
    const bad = GOOD.replace('summary: A short summary.', 'summary: 42').replace('year: 2020', 'year: soon');
    const error = errorOf(() => loadLessons(fixture({ 'a-lesson.mdx': bad })));
    expect(error.file).toMatch(/a-lesson\.mdx$/);
    expect(error.message).toContain('a-lesson.mdx');
    expect(error.message).toContain('field "summary"');
    expect(error.message).toContain('field "sources[0].year"');
  });

  it('rejects a slug that differs from the file name', () => {
    const error = errorOf(() => loadLessons(fixture({ 'other.mdx': GOOD })));
    expect(error.message).toContain('field "slug"');
    expect(error.message).toContain('other.mdx');
  });

  it('rejects unknown prerequisites, duplicate orders and unknown fields', () => {
    const pre = GOOD.replace('objectives:', 'prerequisites: [missing]\nobjectives:');
    expect(errorOf(() => loadLessons(fixture({ 'a-lesson.mdx': pre }))).message).toContain('field "prerequisites[0]": no lesson "missing"');
    const twin = GOOD.replace(/a-lesson/g, 'b-lesson');
    expect(errorOf(() => loadLessons(fixture({ 'a-lesson.mdx': GOOD, 'b-lesson.mdx': twin }))).message).toContain('field "order"');
    const extra = GOOD.replace('order: 1', 'order: 1\ncolour: blue');
    expect(errorOf(() => loadLessons(fixture({ 'a-lesson.mdx': extra }))).message).toContain('colour');
  });

  it('rejects a non-https source link', () => {
    const http = GOOD.replace('https://arxiv', 'javascript://arxiv');
    expect(errorOf(() => loadLessons(fixture({ 'a-lesson.mdx': http }))).message).toContain('field "sources[0].url"');
  });
});
