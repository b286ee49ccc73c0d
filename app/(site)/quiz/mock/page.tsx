import { PageIntro } from '@/components/layout/page-intro';
import { MockInterview } from '@/components/quiz/mock-interview';
import { orderedQuizSets, practiceSetByTopic, renderSets } from '@/components/quiz/quiz-data';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { t } from '@/lib/i18n';

export const metadata = { title: t('quiz.mock.title'), description: t('quiz.mock.lead') };

export default function MockPage() {
  const sets = orderedQuizSets();
  return (
    <div className="page">
      <PageIntro title={t('quiz.mock.title')} lead={t('quiz.mock.lead')} />
      <StorageNotices />
      <MockInterview views={renderSets(sets)} practiceSets={practiceSetByTopic(sets)} />
    </div>
  );
}
