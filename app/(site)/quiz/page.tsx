import Link from '@/components/layout/link';
import { PageIntro } from '@/components/layout/page-intro';
import { DueBadge } from '@/components/quiz/due-badge';
import { orderedQuizSets } from '@/components/quiz/quiz-data';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { t } from '@/lib/i18n';

export const metadata = { title: t('quiz.title'), description: t('quiz.lead') };

export default function QuizPage() {
  const sets = orderedQuizSets();
  return (
    <div className="page">
      <PageIntro title={t('quiz.title')} lead={t('quiz.lead')} />
      <StorageNotices />
      <section aria-labelledby="quiz-modes">
        <h2 id="quiz-modes">{t('quiz.modes')}</h2>
        <ul className="pillars">
          <li className="pillar">
            <h3 className="pillar__title">
              <Link href="/quiz/mock">{t('quiz.mock.title')}</Link>
            </h3>
            <p>{t('quiz.mock.lead')}</p>
          </li>
          <li className="pillar">
            <h3 className="pillar__title">
              <Link href="/quiz/review">{t('quiz.review.title')}</Link>
            </h3>
            <p>{t('quiz.review.lead')}</p>
            <DueBadge />
          </li>
        </ul>
      </section>
      <section aria-labelledby="quiz-topics">
        <h2 id="quiz-topics">{t('quiz.byTopic')}</h2>
        <ul className="lesson-list quiz-sets">
          {sets.map((set) => (
            <li key={set.slug} className="lesson-card">
              <h3 className="lesson-card__title">
                <Link href={`/quiz/${set.slug}`}>{set.title}</Link>
              </h3>
              <p className="lesson-card__summary">{set.description}</p>
              <p className="lesson-card__meta">{t('quiz.count', { count: set.questions.length })}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
