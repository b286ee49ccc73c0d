import Link from '@/components/layout/link';
import type { QuestionIndexEntry } from '@/components/quiz/question-view';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG } from '@/lib/i18n';
import { questionHref } from '@/lib/quiz/deep-link';
import type { StoredCard } from '@/lib/quiz/progress-schema';

const SHOWN = 12;

/** The next cards FSRS will ask for, soonest first, with their due dates. */
export function DueList({ cards, index, now }: { cards: Record<string, StoredCard>; index: QuestionIndexEntry[]; now: Date }) {
  const t = useT();
  const locale = useLocale();
  const byId = new Map(index.map((q) => [q.id, q]));
  const upcoming = Object.entries(cards)
    .filter(([id]) => byId.has(id))
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due));
  return (
    <section aria-labelledby="due-title">
      <h2 id="due-title">{t('progress.schedule')}</h2>
      {upcoming.length === 0 ? (
        <p className="muted">{t('progress.scheduleEmpty')}</p>
      ) : (
        <ol className="due-list">
          {upcoming.slice(0, SHOWN).map(([id, card]) => {
            const isDue = Date.parse(card.due) <= now.getTime();
            return (
              <li key={id} data-testid="due-card" data-question-id={id} data-due={card.due} data-is-due={String(isDue)}>
                <time dateTime={card.due} className={isDue ? 'due-list__when due-list__when--due' : 'due-list__when'}>
                  {isDue ? t('progress.dueNowShort') : new Date(card.due).toLocaleDateString(HTML_LANG[locale], { day: 'numeric', month: 'short', year: 'numeric' })}
                </time>{' '}
                <Link href={questionHref(byId.get(id)?.set ?? '', id)}>{byId.get(id)?.excerpt}</Link>
              </li>
            );
          })}
        </ol>
      )}
      {upcoming.length > SHOWN ? <p className="muted">{t('progress.scheduleMore', { count: upcoming.length - SHOWN })}</p> : null}
    </section>
  );
}
