import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { notFound } from 'next/navigation';
import { PageIntro } from '@/components/layout/page-intro';
import { BuildHtmlView } from '@/components/content/build-html';
import { Workbench } from '@/components/practice/workbench';
import { loadExercises } from '@/lib/content';
import { markdownToHtml } from '@/lib/content/markdown';
import { harnessSource } from '@/lib/exercises/load-harness';
import { HTML_LANG, t, type Locale } from '@/lib/i18n';
import { UntranslatedNotice } from './untranslated';
import { pageMetadata } from './meta';

export type Params = { id: string };

export function staticParams(): Params[] {
  return loadExercises().map((e) => ({ id: e.id }));
}

export function meta(locale: Locale, { id }: Params): Metadata {
  const exercise = loadExercises(undefined, locale).find((e) => e.id === id);
  return exercise ? pageMetadata(locale, `/practice/${id}`, { title: exercise.title, description: t('practice.lead', undefined, locale) }) : {};
}

export function View({ locale, params: { id } }: { locale: Locale; params: Params }) {
  const exercise = loadExercises(undefined, locale).find((e) => e.id === id);
  if (!exercise) notFound();
  const { starter, solution, hints, usesTfjs, tests } = exercise;
  const tr = (key: Parameters<typeof t>[0]) => t(key, undefined, locale);
  return (
    <div className="page">
      <PageIntro title={exercise.title} lead={`${tr(`quiz.difficulty.${exercise.difficulty}`)} · ${tr(`quiz.topic.${exercise.topic}`)}${usesTfjs ? ` · ${tr('practice.tfjs')}` : ''}`}>
        <p className="practice-nav">
          <Link href="/practice">{tr('practice.back')}</Link>
          {exercise.lesson ? <Link href={`/learn/${exercise.lesson}`}>{tr('practice.lesson')}</Link> : null}
        </p>
      </PageIntro>
      {exercise.untranslated ? <UntranslatedNotice locale={locale} /> : null}
      <BuildHtmlView
        block
        className="practice-prompt prose"
        lang={exercise.untranslated && locale !== 'en' ? HTML_LANG.en : undefined}
        value={markdownToHtml(exercise.prompt, `content/exercises/${id}/${exercise.untranslated || locale === 'en' ? 'prompt.md' : `prompt.${locale}.md`}`)}
      />
      <Workbench exercise={{ id, starter, solution, hints, usesTfjs, tests }} harness={harnessSource()} />
    </div>
  );
}
