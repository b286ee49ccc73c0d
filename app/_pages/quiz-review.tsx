import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { orderedQuizSets, renderSets } from '@/components/quiz/quiz-data';
import { ReviewSession } from '@/components/quiz/review-session';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/quiz/review', { title: t('quiz.review.title', undefined, locale), description: t('quiz.review.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  return (
    <div className="page">
      <PageIntro title={t('quiz.review.title', undefined, locale)} lead={t('quiz.review.lead', undefined, locale)} />
      <StorageNotices />
      <ReviewSession views={renderSets(orderedQuizSets(locale), locale)} />
    </div>
  );
}
