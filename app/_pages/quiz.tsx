import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { PageIntro } from '@/components/layout/page-intro';
import { DueBadge } from '@/components/quiz/due-badge';
import { orderedQuizSets } from '@/components/quiz/quiz-data';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/quiz', { title: t('quiz.title', undefined, locale), description: t('quiz.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  const sets = orderedQuizSets(locale);
  const tr = (key: Parameters<typeof t>[0], vars?: Record<string, string | number>) => t(key, vars, locale);
  return (
    <div className="page">
      <PageIntro title={tr('quiz.title')} lead={tr('quiz.lead')} />
      <StorageNotices />
      <section aria-labelledby="quiz-modes">
        <h2 id="quiz-modes">{tr('quiz.modes')}</h2>
        <ul className="pillars">
          <li className="pillar">
            <h3 className="pillar__title">
              <Link href="/quiz/mock">{tr('quiz.mock.title')}</Link>
            </h3>
            <p>{tr('quiz.mock.lead')}</p>
          </li>
          <li className="pillar">
            <h3 className="pillar__title">
              <Link href="/quiz/review">{tr('quiz.review.title')}</Link>
            </h3>
            <p>{tr('quiz.review.lead')}</p>
            <DueBadge />
          </li>
        </ul>
      </section>
      <section aria-labelledby="quiz-topics">
        <h2 id="quiz-topics">{tr('quiz.byTopic')}</h2>
        <ul className="lesson-list quiz-sets">
          {sets.map((set) => (
            <li key={set.slug} className="lesson-card">
              <h3 className="lesson-card__title">
                <Link href={`/quiz/${set.slug}`}>{set.title}</Link>
              </h3>
              <p className="lesson-card__summary">{set.description}</p>
              <p className="lesson-card__meta">{tr('quiz.count', { count: set.questions.length })}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
