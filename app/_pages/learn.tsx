import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { LessonList } from '@/components/lesson/lesson-list';
import { loadLessons } from '@/lib/content';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/learn', { title: t('learn.title', undefined, locale), description: t('learn.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  return (
    <div className="page">
      <PageIntro title={t('learn.title', undefined, locale)} lead={t('learn.lead', undefined, locale)} />
      <LessonList lessons={loadLessons(undefined, locale)} />
    </div>
  );
}
