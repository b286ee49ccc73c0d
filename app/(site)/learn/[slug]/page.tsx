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

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findLesson((await params).slug);
  // <title> and the description are plain text: formulas as "√d_k", not as TeX source
  return found ? { title: markdownExcerpt(found.lesson.title, 200), description: markdownExcerpt(found.lesson.summary, 400) } : {};
}

export default async function LessonPage({ params }: Props) {
  const lessons = loadLessons();
  const found = findLesson((await params).slug, lessons);
  if (!found) notFound();
  const { lesson, previous, next } = found;
  const { Content, toc } = await compileMdx(lesson.body, lesson.file);
  const prerequisites = lessons.filter((l) => lesson.prerequisites.includes(l.slug));
  return (
    <article className="lesson-layout" data-testid="lesson">
      <LessonHeader lesson={lesson} position={lessons.indexOf(lesson) + 1} prerequisites={prerequisites} />
      <Toc entries={toc} />
      <div className="lesson-body">
        <div className="prose">
          <StaticIslands>
            <Content components={mdxComponents} />
          </StaticIslands>
        </div>
        <References sources={lesson.sources} />
        <LessonPager previous={previous} next={next} />
      </div>
    </article>
  );
}
