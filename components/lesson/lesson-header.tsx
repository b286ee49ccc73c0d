import Link from '@/components/layout/link';
import type { Lesson } from '@/lib/content';
import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { HTML_LANG } from '@/lib/i18n';
import { LessonText } from './lesson-text';

/** Title, summary, reading time, learning objectives and prerequisites of a lesson. */
export function LessonHeader({ lesson, position, prerequisites }: { lesson: Lesson; position: number; prerequisites: Lesson[] }) {
  const t = getT();
  // an untranslated lesson's own text is English on a page of another language
  const lang = lesson.textLocale !== getRequestLocale() ? HTML_LANG[lesson.textLocale] : undefined;
  return (
    <header className="lesson-header">
      <p className="lesson-header__meta">
        {t('learn.lessonNumber', { order: position })} · {t('learn.minutes', { minutes: lesson.readingMinutes })}
      </p>
      <h1 lang={lang}>
        <LessonText text={lesson.title} file={lesson.file} />
      </h1>
      <p className="lead" lang={lang}>
        <LessonText text={lesson.summary} file={lesson.file} />
      </p>
      <div className="lesson-header__boxes">
        <section className="box" aria-labelledby="objectives">
          <h2 id="objectives" className="box__title">
            {t('lesson.objectives')}
          </h2>
          <ul lang={lang}>
            {lesson.objectives.map((o) => (
              <li key={o}>
                <LessonText text={o} file={lesson.file} />
              </li>
            ))}
          </ul>
        </section>
        {prerequisites.length > 0 ? (
          <section className="box" aria-labelledby="prerequisites">
            <h2 id="prerequisites" className="box__title">
              {t('lesson.prerequisites')}
            </h2>
            <ul>
              {prerequisites.map((p) => (
                <li key={p.slug}>
                  <Link href={`/learn/${p.slug}`}>
                    <LessonText text={p.title} file={p.file} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </header>
  );
}
