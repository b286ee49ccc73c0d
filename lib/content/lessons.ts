import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, parseContent } from './errors';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './lesson-schema';
import { CONTENT_DIR, displayPath } from './paths';
import { readingMinutes } from './reading-time';
import { lessonSections } from './lesson-sections';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n';

/** A validated lesson: front matter, MDX body and derived facts. */
export interface Lesson extends LessonFrontmatter {
  body: string;
  file: string;
  readingMinutes: number;
  /** The language `title`, `summary`, `objectives` and `body` are written in. */
  textLocale: Locale;
  /** Asked for in another language that has no translation of it yet: this is the English text. */
  untranslated?: boolean;
  /**
   * A translation's heading anchors: those of the English lesson's headings, by position, so
   * `lesson: slug#anchor` links and the table of contents mean the same section in each language.
   */
  anchors?: string[];
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
  return { ...front, body: parsed.content, file: shown, readingMinutes: readingMinutes(parsed.content), textLocale: DEFAULT_LOCALE };
}

/** Where the translation of lesson `slug` into `locale` lives (`content/lessons/zh/<slug>.mdx`). */
export function lessonTranslationFile(slug: string, locale: Locale, dir = path.join(CONTENT_DIR, 'lessons')): string {
  return path.join(dir, locale, `${slug}.mdx`);
}

/**
 * `lesson` in `locale`: the translation's title, summary, objectives and body over the English
 * lesson's order, prerequisites and sources, its headings given the English anchors; the English
 * lesson marked `untranslated` where there is no translation yet (the page says so).
 */
function translateLesson(lesson: Lesson, locale: Locale, dir: string): Lesson {
  const file = lessonTranslationFile(lesson.slug, locale, dir);
  if (!fs.existsSync(file)) return { ...lesson, untranslated: true };
  const translated = loadLessonFile(file);
  return {
    ...lesson,
    title: translated.title,
    summary: translated.summary,
    objectives: translated.objectives,
    body: translated.body,
    file: translated.file,
    textLocale: locale,
    // the same sections in another language read at the same pace (word counts do not carry over to Chinese)
    readingMinutes: lesson.readingMinutes,
    anchors: [...lessonSections(lesson.body).keys()],
  };
}

/**
 * All lessons in `dir`, validated as a set (unique order, known prerequisites), sorted by order,
 * in `locale` (see translateLesson: the English set is the one validated).
 */
export function loadLessons(dir = path.join(CONTENT_DIR, 'lessons'), locale: Locale = DEFAULT_LOCALE): Lesson[] {
  const english = loadEnglishLessons(dir);
  return locale === DEFAULT_LOCALE ? english : english.map((lesson) => translateLesson(lesson, locale, dir));
}

function loadEnglishLessons(dir: string): Lesson[] {
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
export function findLesson(slug: string, lessons: Lesson[] = loadLessons()) {
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index < 0) return undefined;
  return { lesson: lessons[index], previous: lessons[index - 1], next: lessons[index + 1] };
}
