import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonHeader } from '@/components/lesson/lesson-header';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { References } from '@/components/lesson/references';
import { Toc } from '@/components/lesson/toc';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { findLesson, loadLessons } from '@/lib/content';
import { markdownExcerpt } from '@/lib/content/markdown';
import { compileMdx } from '@/components/content/compile-mdx';
import { StaticIslands } from '@/components/content/static-islands';
import { HTML_LANG, type Locale } from '@/lib/i18n';
import { localizedPath } from '@/lib/i18n/locales';
import { pageMetadata } from './meta';
import { UntranslatedNotice } from './untranslated';

export type Params = { slug: string };

export function staticParams(): Params[] {
  return loadLessons().map((lesson) => ({ slug: lesson.slug }));
}

export function meta(locale: Locale, { slug }: Params): Metadata {
  const found = findLesson(slug, loadLessons(undefined, locale));
  // <title> and the description are plain text: formulas as "√d_k", not as TeX source
  return found ? pageMetadata(locale, `/learn/${slug}`, { title: markdownExcerpt(found.lesson.title, 200), description: markdownExcerpt(found.lesson.summary, 400) }) : {};
}

export async function View({ locale, params }: { locale: Locale; params: Params }) {
  const lessons = loadLessons(undefined, locale);
  const found = findLesson(params.slug, lessons);
  if (!found) notFound();
  const { lesson, previous, next } = found;
  const { Content, toc } = await compileMdx(lesson.body, lesson.file, { anchors: lesson.anchors });
  const prerequisites = lessons.filter((l) => lesson.prerequisites.includes(l.slug));
  // an untranslated lesson is the English text: it says so, and marks its language for screen readers
  const lang = lesson.textLocale !== locale ? HTML_LANG[lesson.textLocale] : undefined;
  return (
    <article className="lesson-layout" data-testid="lesson">
      <LessonHeader lesson={lesson} position={lessons.indexOf(lesson) + 1} prerequisites={prerequisites} />
      <Toc entries={toc} />
      <div className="lesson-body" lang={lang}>
        {lesson.untranslated ? <UntranslatedNotice locale={locale} /> : null}
        <div className="prose">
          <StaticIslands src={localizedPath(`/learn/${lesson.slug}`, locale)}>
            <Content components={mdxComponents} />
          </StaticIslands>
        </div>
        <References sources={lesson.sources} />
        <LessonPager previous={previous} next={next} />
      </div>
    </article>
  );
}
