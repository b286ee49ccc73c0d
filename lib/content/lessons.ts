import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, parseContent } from './errors';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './lesson-schema';
import { CONTENT_DIR, displayPath } from './paths';
import { readingMinutes } from './reading-time';

/** A validated lesson: front matter, MDX body and derived facts. */
export interface Lesson extends LessonFrontmatter {
  body: string;
  file: string;
  readingMinutes: number;
}

/** Reads and validates one lesson file; throws ContentError naming the file and field. */
export function loadLessonFile(file: string): Lesson {
  const shown = displayPath(file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(shown, [`front matter is not valid YAML: ${(error as Error).message}`]);
  }
  const front = parseContent(lessonFrontmatterSchema, parsed.data, shown);
  const expected = path.basename(file, '.mdx');
  if (front.slug !== expected) {
    throw new ContentError(shown, [`field "slug": "${front.slug}" must equal the file name "${expected}"`]);
  }
  return { ...front, body: parsed.content, file: shown, readingMinutes: readingMinutes(parsed.content) };
}

/** All lessons in `dir`, validated as a set (unique order, known prerequisites), sorted by order. */
export function loadLessons(dir = path.join(CONTENT_DIR, 'lessons')): Lesson[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const lessons = files.map((f) => loadLessonFile(path.join(dir, f))).sort((a, b) => a.order - b.order);
  const slugs = new Set(lessons.map((l) => l.slug));
  lessons.forEach((lesson, i) => {
    const clash = lessons.find((other, j) => j !== i && other.order === lesson.order);
    if (clash) throw new ContentError(lesson.file, [`field "order": ${lesson.order} is also used by ${clash.file}`]);
    for (const [k, pre] of lesson.prerequisites.entries()) {
      if (!slugs.has(pre)) throw new ContentError(lesson.file, [`field "prerequisites[${k}]": no lesson "${pre}"`]);
    }
  });
  return lessons;
}

/** The lesson with `slug`, with its neighbours in the path (for previous/next links). */
export function findLesson(slug: string, lessons = loadLessons()) {
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) return undefined;
  return { lesson: lessons[index], previous: lessons[index - 1], next: lessons[index + 1] };
}
