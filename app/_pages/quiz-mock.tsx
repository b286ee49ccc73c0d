import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { MockInterview } from '@/components/quiz/mock-interview';
import { orderedQuizSets, practiceSetByTopic, renderSets } from '@/components/quiz/quiz-data';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/quiz/mock', { title: t('quiz.mock.title', undefined, locale), description: t('quiz.mock.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  const sets = orderedQuizSets(locale);
  return (
    <div className="page">
      <PageIntro title={t('quiz.mock.title', undefined, locale)} lead={t('quiz.mock.lead', undefined, locale)} />
      <StorageNotices />
      <MockInterview views={renderSets(sets, locale)} practiceSets={practiceSetByTopic(sets)} />
    </div>
  );
}
