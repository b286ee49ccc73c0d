import type { LoadedQuizSet } from '@/lib/content';
import { isMathOnly, markdownExcerpt, markdownToHtml, type BuildHtml } from '@/lib/content/markdown';
import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { seededPermutation } from '@/lib/quiz/shuffle';
import { predictFrame } from '@/lib/widgets/predict-check';
import type { QuestionView } from './question-view';

/** Server only: Markdown + KaTeX → HTML, passed to client components as props. */
function md(source: string, file: string, inline = false): BuildHtml {
  return markdownToHtml(source, file, { inline });
}

/** A lesson as a question links to it: its title and its section headings by anchor. */
export interface LessonLink {
  slug: string;
  title: string;
  sections: Map<string, string>;
}

/** A predict question's frame; a widget id or query that the registry refuses fails the build, naming the file. */
function predictView(widgetId: string, query: string, observe: BuildHtml, file: string) {
  try {
    const { widget, src, page } = predictFrame(widgetId, query, getRequestLocale());
    return { src, page, title: getT()(widget.title), observe };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** Everything a question shows, rendered at build time, with its lesson link resolved. */
export function renderQuestion(set: LoadedQuizSet, index: number, lessons: readonly LessonLink[]): QuestionView {
  const question = set.questions[index];
  const file = `${set.file} (${question.id})`;
  const [slug, anchor] = question.lesson.split('#');
  const lesson = lessons.find((l) => l.slug === slug);
  const section = anchor ? lesson?.sections.get(anchor) : undefined;
  const hasChoices = question.type === 'single' || question.type === 'multiple' || question.type === 'predict';
  const choices = hasChoices
    ? seededPermutation(question.choices.length, question.id).map((i) => {
        const c = question.choices[i];
        const label = isMathOnly(c.text) ? markdownExcerpt(c.text, Infinity) : undefined;
        return { id: c.id, text: md(c.text, file, true), explanation: md(c.explanation, file, true), ...(label ? { label } : {}) };
      })
    : [];
  const items = question.type === 'order' ? question.items : [];
  return {
    question,
    set: set.slug,
    prompt: md(question.prompt, file),
    excerpt: markdownExcerpt(question.prompt),
    explanation: md(question.explanation, file),
    choices,
    items: items.map((item) => md(item, file, true)),
    initialOrder: seededPermutation(items.length, question.id, true),
    keyPoints: question.type === 'recall' ? question.keyPoints.map((p) => md(p, file, true)) : [],
    predict: question.type === 'predict' ? predictView(question.widget, question.query, md(question.observe, file), file) : null,
    lessonHref: lesson ? `/learn/${question.lesson}` : null,
    lessonTitle: lesson ? (section ? `${lesson.title}${getT()('punct.colon')}${section}` : lesson.title) : null,
  };
}
