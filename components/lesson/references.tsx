import type { Source } from '@/lib/content';
import { getT } from '@/components/i18n/request-locale';

/** The lesson's primary sources: authors, year, title (linked) and venue. */
export function References({ sources }: { sources: Source[] }) {
  const t = getT();
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">{t('lesson.references')}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.url}>
            {s.authors} ({s.year}). <a href={s.url}>{s.title}</a>
            {s.venue ? <>. {s.venue}</> : null}.
          </li>
        ))}
      </ol>
    </section>
  );
}
