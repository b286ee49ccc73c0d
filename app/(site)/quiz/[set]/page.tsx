import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { LinkedPracticeQuiz, PracticeQuiz } from '@/components/quiz/practice-quiz';
import { renderSets } from '@/components/quiz/quiz-data';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { loadQuizSets } from '@/lib/content';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ set: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadQuizSets().map((set) => ({ set: set.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { set: slug } = await params;
  const set = loadQuizSets().find((s) => s.slug === slug);
  return set ? { title: t('quiz.setTitle', { title: set.title }), description: set.description } : {};
}

export default async function QuizSetPage({ params }: Props) {
  const { set: slug } = await params;
  const set = loadQuizSets().find((s) => s.slug === slug);
  if (!set) notFound();
  const views = renderSets([set]);
  return (
    <div className="page">
      <PageIntro title={t('quiz.setTitle', { title: set.title })} lead={set.description}>
        <p className="lesson-card__meta">
          {t('quiz.count', { count: set.questions.length })} · <Link href="/quiz">{t('quiz.all')}</Link>
        </p>
        <EmbedButton path={`/embed/quiz/${set.slug}`} title={t('quiz.setTitle', { title: set.title })} />
      </PageIntro>
      <StorageNotices />
      {/* `?q=` is read in the browser; the static HTML shows the set from its first question meanwhile */}
      <Suspense fallback={<PracticeQuiz views={views} />}>
        <LinkedPracticeQuiz views={views} />
      </Suspense>
    </div>
  );
}
