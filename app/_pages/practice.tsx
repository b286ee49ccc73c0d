import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { PageIntro } from '@/components/layout/page-intro';
import { SolvedBadge, SolvedCount } from '@/components/practice/solved';
import { loadExercises } from '@/lib/content';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/practice', { title: t('practice.title', undefined, locale), description: t('practice.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  const exercises = loadExercises(undefined, locale);
  const tr = (key: Parameters<typeof t>[0]) => t(key, undefined, locale);
  return (
    <div className="page">
      <PageIntro title={tr('practice.title')} lead={tr('practice.lead')}>
        <SolvedCount ids={exercises.map((e) => e.id)} />
      </PageIntro>
      <section aria-labelledby="practice-list">
        <h2 id="practice-list">{tr('practice.list')}</h2>
        <p className="practice-muted">{tr('practice.listLead')}</p>
        <ol className="practice-list" data-testid="exercise-list">
          {exercises.map((e) => (
            <li key={e.id} className="practice-card">
              <h3>
                <Link href={`/practice/${e.id}`}>{e.title}</Link>
              </h3>
              <p>
                <span className="practice-badge">{tr(`quiz.difficulty.${e.difficulty}`)}</span>
                <span className="practice-badge">{tr(`quiz.topic.${e.topic}`)}</span>
                {e.usesTfjs ? <span className="practice-badge">{tr('practice.tfjs')}</span> : null}
                <SolvedBadge id={e.id} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
