import { PageIntro } from '@/components/layout/page-intro';
import { orderedQuizSets, renderSets } from '@/components/quiz/quiz-data';
import { ReviewSession } from '@/components/quiz/review-session';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { t } from '@/lib/i18n';

export const metadata = { title: t('quiz.review.title'), description: t('quiz.review.lead') };

export default function ReviewPage() {
  return (
    <div className="page">
      <PageIntro title={t('quiz.review.title')} lead={t('quiz.review.lead')} />
      <StorageNotices />
      <ReviewSession views={renderSets(orderedQuizSets())} />
    </div>
  );
}
