import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { ExerciseProgress } from '@/components/practice/exercise-progress';
import { ProgressDashboard } from '@/components/progress/progress-dashboard';
import { orderedQuizSets, practiceSetByTopic, questionIndex } from '@/components/quiz/quiz-data';
import { loadExercises } from '@/lib/content';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/progress', { title: t('progress.title', undefined, locale), description: t('progress.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  const sets = orderedQuizSets(locale);
  return (
    <div className="page">
      <PageIntro title={t('progress.title', undefined, locale)} lead={t('progress.lead', undefined, locale)} />
      <ProgressDashboard index={questionIndex(sets)} practiceSets={practiceSetByTopic(sets)} />
      <ExerciseProgress exercises={loadExercises(undefined, locale).map(({ id, title }) => ({ id, title }))} />
    </div>
  );
}
