import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { EmbedQuiz } from '@/components/embed/embed-quiz';
import { renderSets } from '@/components/quiz/quiz-data';
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
  return set ? { title: t('quiz.setTitle', { title: set.title }) } : {};
}

/** A quiz set for an iframe: no site chrome, answers reported to the host page. */
export default async function QuizEmbed({ params }: Props) {
  const { set: slug } = await params;
  const set = loadQuizSets().find((s) => s.slug === slug);
  if (!set) notFound();
  return (
    <EmbedFrame title={t('quiz.setTitle', { title: set.title })} href={`/quiz/${set.slug}`}>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <EmbedQuiz set={set.slug} views={renderSets([set])} />
      </Suspense>
    </EmbedFrame>
  );
}
