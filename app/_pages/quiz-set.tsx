import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { EmbedQuiz } from '@/components/embed/embed-quiz';
import { PageIntro } from '@/components/layout/page-intro';
import { LinkedPracticeQuiz, PracticeQuiz } from '@/components/quiz/practice-quiz';
import { renderSets } from '@/components/quiz/quiz-data';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { loadQuizSets } from '@/lib/content';
import { t, type Locale } from '@/lib/i18n';
import { UntranslatedNotice } from './untranslated';
import { alternates, pageMetadata } from './meta';

export type Params = { set: string };

export function staticParams(): Params[] {
  return loadQuizSets().map((set) => ({ set: set.slug }));
}

const findSet = (locale: Locale, slug: string) => loadQuizSets(undefined, locale).find((s) => s.slug === slug);

export function meta(locale: Locale, { set: slug }: Params): Metadata {
  const set = findSet(locale, slug);
  return set ? pageMetadata(locale, `/quiz/${slug}`, { title: t('quiz.setTitle', { title: set.title }, locale), description: set.description }) : {};
}

export function View({ locale, params }: { locale: Locale; params: Params }) {
  const set = findSet(locale, params.set);
  if (!set) notFound();
  const views = renderSets([set], locale);
  const title = t('quiz.setTitle', { title: set.title }, locale);
  return (
    <div className="page">
      <PageIntro title={title} lead={set.description}>
        <p className="lesson-card__meta">
          {t('quiz.count', { count: set.questions.length }, locale)} · <Link href="/quiz">{t('quiz.all', undefined, locale)}</Link>
        </p>
        <EmbedButton path={`/embed/quiz/${set.slug}`} title={title} />
      </PageIntro>
      {set.untranslated ? <UntranslatedNotice locale={locale} /> : null}
      <StorageNotices />
      {/* `?q=` is read in the browser; the static HTML shows the set from its first question meanwhile */}
      <Suspense fallback={<PracticeQuiz views={views} />}>
        <LinkedPracticeQuiz views={views} />
      </Suspense>
    </div>
  );
}

/** A quiz set for an iframe: no site chrome, answers reported to the host page (the same question ids in every language). */
export function embedMeta(locale: Locale, { set: slug }: Params): Metadata {
  const set = findSet(locale, slug);
  return set ? { title: t('quiz.setTitle', { title: set.title }, locale), alternates: { languages: alternates(`/embed/quiz/${slug}`, locale)?.languages } } : {};
}

export function EmbedView({ locale, params }: { locale: Locale; params: Params }) {
  const set = findSet(locale, params.set);
  if (!set) notFound();
  return (
    <EmbedFrame title={t('quiz.setTitle', { title: set.title }, locale)} href={`/quiz/${set.slug}`}>
      <Suspense fallback={<p>{t('widget.starting', undefined, locale)}</p>}>
        <EmbedQuiz set={set.slug} views={renderSets([set], locale)} />
      </Suspense>
    </EmbedFrame>
  );
}
