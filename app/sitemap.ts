import type { MetadataRoute } from 'next';
import { loadExercises, loadLessons, loadQuizSets } from '@/lib/content';
import { HTML_LANG, LOCALES, localizedPath } from '@/lib/i18n';
import { WIDGETS } from '@/lib/widgets/registry';

export const dynamic = 'force-static';

const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
const SECTIONS = ['/', '/learn', '/playground', '/quiz', '/quiz/mock', '/quiz/review', '/practice', '/progress', '/glossary'];

const url = (route: string) => new URL(route, SITE_URL).toString();

/**
 * Every public route in every language (English at today's URLs, then the same under /zh), each
 * with its language alternates; the end-to-end tests visit each of them.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const lessons = loadLessons().map((l) => `/learn/${l.slug}`);
  const quizzes = loadQuizSets().map((s) => `/quiz/${s.slug}`);
  const exercises = loadExercises().map((e) => `/practice/${e.id}`);
  const widgets = WIDGETS.filter((w) => w.ready).map((w) => w.page);
  const routes = [...SECTIONS, ...quizzes, ...exercises, ...widgets, ...lessons];
  return LOCALES.flatMap((locale) =>
    routes.map((route) => ({
      url: url(localizedPath(route, locale)),
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [HTML_LANG[l], url(localizedPath(route, l))])) },
    })),
  );
}
