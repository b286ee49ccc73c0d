import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Lesson, LoadedQuizSet } from '@/lib/content';
import { renderMarkdown } from '@/lib/content/markdown';
import { seededPermutation } from '@/lib/quiz/shuffle';
import type { QuestionView } from './question-view';

/** Server only: Markdown + KaTeX → React elements, passed to client components as props. */
function md(source: string, file: string, inline = false): ReactNode {
  return toJsxRuntime(renderMarkdown(source, file, { inline }), { Fragment, jsx, jsxs });
}

/** Everything a question shows, rendered at build time, with its lesson link resolved. */
export function renderQuestion(set: LoadedQuizSet, index: number, lessons: readonly Lesson[]): QuestionView {
  const question = set.questions[index];
  const file = `${set.file} (${question.id})`;
  const [slug] = question.lesson.split('#');
  const lesson = lessons.find((l) => l.slug === slug);
  const hasChoices = question.type === 'single' || question.type === 'multiple';
  const choices = hasChoices
    ? seededPermutation(question.choices.length, question.id).map((i) => {
        const c = question.choices[i];
        return { id: c.id, text: md(c.text, file, true), explanation: md(c.explanation, file, true) };
      })
    : [];
  const items = question.type === 'order' ? question.items : [];
  return {
    question,
    set: set.slug,
    prompt: md(question.prompt, file),
    explanation: md(question.explanation, file),
    choices,
    items: items.map((item) => md(item, file, true)),
    initialOrder: seededPermutation(items.length, question.id, true),
    keyPoints: question.type === 'recall' ? question.keyPoints.map((p) => md(p, file, true)) : [],
    lessonHref: lesson ? `/learn/${question.lesson}` : null,
    lessonTitle: lesson?.title ?? null,
  };
}
