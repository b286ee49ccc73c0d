import Link from '@/components/layout/link';
import { topicLabel } from '@/components/quiz/topic-label';
import { useT } from '@/components/i18n/locale-context';
import type { TopicMastery } from '@/lib/quiz/mastery';

/** One row per topic: questions mastered out of the bank's, as a meter, with a link to practise. */
export function MasteryList({ rows, practiceSets }: { rows: TopicMastery[]; practiceSets: Record<string, string> }) {
  const t = useT();
  return (
    <section aria-labelledby="mastery-title">
      <h2 id="mastery-title">{t('progress.mastery')}</h2>
      <p className="muted">{t('progress.masteryHelp')}</p>
      <ul className="mastery">
        {rows.map((row) => (
          <li key={row.topic} className="mastery__row" data-testid="mastery" data-topic={row.topic} data-mastered={row.mastered} data-answered={row.answered} data-total={row.total}>
            <span className="mastery__topic" id={`mastery-${row.topic}`}>
              {topicLabel(row.topic, t)}
            </span>
            <meter className="mastery__meter" min={0} max={row.total} value={row.mastered} aria-labelledby={`mastery-${row.topic}`} />
            <span className="mastery__numbers">
              {t('progress.masteryRow', { mastered: row.mastered, answered: row.answered, total: row.total })}
            </span>
            {practiceSets[row.topic] ? (
              <Link className="mastery__link" href={`/quiz/${practiceSets[row.topic]}`} aria-label={t('progress.practiseTopic', { topic: topicLabel(row.topic, t) })}>
                {t('quiz.mock.practise')}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
