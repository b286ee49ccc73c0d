import Link from '@/components/layout/link';
import type { Lesson } from '@/lib/content';
import { getT } from '@/components/i18n/request-locale';
import { LessonText } from './lesson-text';

/** The ordered path of lessons with summary and reading time. */
export function LessonList({ lessons }: { lessons: Lesson[] }) {
  const t = getT();
  return (
    <ol className="lesson-list">
      {lessons.map((lesson, index) => (
        <li key={lesson.slug} className="lesson-card">
          <span className="lesson-card__order">{t('learn.lessonNumber', { order: index + 1 })}</span>
          <h3 className="lesson-card__title">
            <Link href={`/learn/${lesson.slug}`}>
              <LessonText text={lesson.title} file={lesson.file} />
            </Link>
          </h3>
          <p className="lesson-card__summary">
            <LessonText text={lesson.summary} file={lesson.file} />
          </p>
          <span className="lesson-card__meta">{t('learn.minutes', { minutes: lesson.readingMinutes })}</span>
        </li>
      ))}
    </ol>
  );
}
