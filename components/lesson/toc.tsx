import type { TocEntry } from '@/lib/content/rehype-toc';
import { LessonText } from './lesson-text';
import { getT } from '@/components/i18n/request-locale';

/** Table of contents: a sticky aside on wide screens, collapsible at the top on phones. */
export function Toc({ entries }: { entries: TocEntry[] }) {
  const t = getT();
  if (entries.length === 0) return null;
  const list = (
    <ol className="toc__list">
      {entries.map((e) => (
        <li key={e.id} className={e.depth === 3 ? 'toc__sub' : undefined}>
          <a href={`#${e.id}`}>
            <LessonText text={e.tex} file={`contents entry #${e.id}`} />
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="toc" aria-label={t('lesson.contents')}>
      <details className="toc__details" open>
        <summary>{t('lesson.contents')}</summary>
        {list}
      </details>
    </nav>
  );
}
