import { PageIntro } from '@/components/layout/page-intro';
import { ExerciseProgress } from '@/components/practice/exercise-progress';
import { ProgressDashboard } from '@/components/progress/progress-dashboard';
import { orderedQuizSets, practiceSetByTopic, questionIndex } from '@/components/quiz/quiz-data';
import { loadExercises } from '@/lib/content';
import { t } from '@/lib/i18n';

export const metadata = { title: t('progress.title'), description: t('progress.lead') };

export default function ProgressPage() {
  const sets = orderedQuizSets();
  return (
    <div className="page">
      <PageIntro title={t('progress.title')} lead={t('progress.lead')} />
      <ProgressDashboard index={questionIndex(sets)} practiceSets={practiceSetByTopic(sets)} />
      <ExerciseProgress exercises={loadExercises().map(({ id, title }) => ({ id, title }))} />
    </div>
  );
}
