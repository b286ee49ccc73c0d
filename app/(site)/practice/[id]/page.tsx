import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { notFound } from 'next/navigation';
import { PageIntro } from '@/components/layout/page-intro';
import { BuildHtmlView } from '@/components/content/build-html';
import { Workbench } from '@/components/practice/workbench';
import { loadExercises } from '@/lib/content';
import { markdownToHtml } from '@/lib/content/markdown';
import { harnessSource } from '@/lib/exercises/load-harness';
import { t } from '@/lib/i18n';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadExercises().map((e) => ({ id: e.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const exercise = loadExercises().find((e) => e.id === id);
  return exercise ? { title: exercise.title, description: t('practice.lead') } : {};
}

export default async function ExercisePage({ params }: Props) {
  const { id } = await params;
  const exercise = loadExercises().find((e) => e.id === id);
  if (!exercise) notFound();
  const { starter, solution, hints, usesTfjs, tests } = exercise;
  return (
    <div className="page">
      <PageIntro title={exercise.title} lead={`${t(`quiz.difficulty.${exercise.difficulty}`)} · ${t(`quiz.topic.${exercise.topic}`)}${usesTfjs ? ` · ${t('practice.tfjs')}` : ''}`}>
        <p className="practice-nav">
          <Link href="/practice">{t('practice.back')}</Link>
          {exercise.lesson ? <Link href={`/learn/${exercise.lesson}`}>{t('practice.lesson')}</Link> : null}
        </p>
      </PageIntro>
      <BuildHtmlView block className="practice-prompt prose" value={markdownToHtml(exercise.prompt, `content/exercises/${id}/prompt.md`)} />
      <Workbench exercise={{ id, starter, solution, hints, usesTfjs, tests }} harness={harnessSource()} />
    </div>
  );
}
