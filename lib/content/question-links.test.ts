// Every question links to the lesson section that teaches it: the `lesson` field must name a lesson
// and, when it has an anchor, a heading of that lesson, or the quiz shows a link that goes nowhere.
import { describe, expect, it } from 'vitest';
import { lessonSections } from './lesson-sections';
import { loadLessons } from './lessons';
import { loadQuizSets } from './quizzes';

const sections = new Map(loadLessons().map((l) => [l.slug, lessonSections(l.body)]));
const questions = loadQuizSets().flatMap((set) => set.questions);

describe('question lesson links', () => {
  it.each(questions.map((q) => [q.id, q.lesson] as const))('%s links to an existing lesson section (%s)', (_id, link) => {
    const [slug, anchor] = link.split('#');
    expect(sections.has(slug), `no lesson "${slug}"`).toBe(true);
    if (anchor) expect([...sections.get(slug)!.keys()], `no heading "#${anchor}" in ${slug}`).toContain(anchor);
  });
});
