import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { LessonList } from '@/components/lesson/lesson-list';
import { loadLessons } from '@/lib/content';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('learn.title'), description: t('learn.lead') };

export default function LearnPage() {
  return (
    <div className="page">
      <PageIntro title={t('learn.title')} lead={t('learn.lead')} />
      <LessonList lessons={loadLessons()} />
    </div>
  );
}
