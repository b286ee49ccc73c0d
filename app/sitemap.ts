import type { MetadataRoute } from 'next';
import { loadExercises, loadLessons, loadQuizSets } from '@/lib/content';
import { WIDGETS } from '@/lib/widgets/registry';

export const dynamic = 'force-static';

const SITE_URL = process.env.SITE_URL ?? 'http://localhost:3000';
const SECTIONS = ['/', '/learn', '/playground', '/quiz', '/quiz/mock', '/quiz/review', '/practice', '/progress', '/glossary'];

/** Every public route; the end-to-end tests visit each of them. */
export default function sitemap(): MetadataRoute.Sitemap {
  const lessons = loadLessons().map((l) => `/learn/${l.slug}`);
  const quizzes = loadQuizSets().map((s) => `/quiz/${s.slug}`);
  const exercises = loadExercises().map((e) => `/practice/${e.id}`);
  const widgets = WIDGETS.filter((w) => w.ready).map((w) => w.page);
  return [...SECTIONS, ...quizzes, ...exercises, ...widgets, ...lessons].map((route) => ({ url: new URL(route, SITE_URL).toString() }));
}
