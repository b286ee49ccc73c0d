import { getRequestLocale } from '@/components/i18n/request-locale';
import { loadLessons, loadQuizSets, QUIZ_TOPICS, type LoadedQuizSet } from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { lessonSections } from '@/lib/content/lesson-sections';
import { markdownExcerpt } from '@/lib/content/markdown';
import type { QuestionIndexEntry, QuestionView } from './question-view';
import { renderQuestion } from './render-question';

/** Server only: the quiz sets in `locale` (the request's), in the order of the learning path (QUIZ_TOPICS), other sets last. */
export function orderedQuizSets(locale: Locale = getRequestLocale()): LoadedQuizSet[] {
  const rank = (slug: string) => {
    const i = (QUIZ_TOPICS as readonly string[]).indexOf(slug);
    return i === -1 ? QUIZ_TOPICS.length : i;
  };
  return [...loadQuizSets(undefined, locale)].sort((a, b) => rank(a.slug) - rank(b.slug));
}

/** Server only: every question of `sets`, rendered, in file order (lesson links in `locale`, the request's). */
export function renderSets(sets: readonly LoadedQuizSet[], locale: Locale = getRequestLocale()): QuestionView[] {
  const lessons = loadLessons(undefined, locale).map((l) => ({ slug: l.slug, title: l.title, sections: lessonSections(l.body, l.anchors) }));
  return sets.flatMap((set) => set.questions.map((_, i) => renderQuestion(set, i, lessons)));
}

/** Server only: the small index of the whole bank that the progress views use. */
export function questionIndex(sets = orderedQuizSets()): QuestionIndexEntry[] {
  return sets.flatMap((set) => set.questions.map((q) => ({ id: q.id, topic: q.topic, set: set.slug, excerpt: markdownExcerpt(q.prompt) })));
}

/** Server only: for each topic, the set that holds most of its questions (where to practise it). */
export function practiceSetByTopic(sets = orderedQuizSets()): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const set of sets) {
    for (const q of set.questions) {
      const perSet = counts.get(q.topic) ?? new Map<string, number>();
      perSet.set(set.slug, (perSet.get(set.slug) ?? 0) + 1);
      counts.set(q.topic, perSet);
    }
  }
  return Object.fromEntries([...counts].map(([topic, perSet]) => [topic, [...perSet].sort((a, b) => b[1] - a[1])[0][0]]));
}
