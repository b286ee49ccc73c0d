import Link from '@/components/layout/link';
import type { Lesson } from '@/lib/content';
import { getT } from '@/components/i18n/request-locale';
import { LessonText } from './lesson-text';

/** Previous / next lesson links in path order. */
export function LessonPager({ previous, next }: { previous?: Lesson; next?: Lesson }) {
  const t = getT();
  return (
    <nav className="pager" aria-label={t('lesson.pager')}>
      {previous ? (
        <Link className="pager__link" href={`/learn/${previous.slug}`} rel="prev">
          <span className="pager__label">← {t('lesson.previous')}</span>
          <span className="pager__title">
            <LessonText text={previous.title} file={previous.file} />
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="pager__link pager__link--next" href={`/learn/${next.slug}`} rel="next">
          <span className="pager__label">{t('lesson.next')} →</span>
          <span className="pager__title">
            <LessonText text={next.title} file={next.file} />
          </span>
        </Link>
      ) : null}
    </nav>
  );
}
