import Link from '@/components/layout/link';
import { PageIntro } from '@/components/layout/page-intro';
import { SolvedBadge, SolvedCount } from '@/components/practice/solved';
import { loadExercises } from '@/lib/content';
import { t } from '@/lib/i18n';

export const metadata = { title: t('practice.title'), description: t('practice.lead') };

export default function PracticePage() {
  const exercises = loadExercises();
  return (
    <div className="page">
      <PageIntro title={t('practice.title')} lead={t('practice.lead')}>
        <SolvedCount ids={exercises.map((e) => e.id)} />
      </PageIntro>
      <section aria-labelledby="practice-list">
        <h2 id="practice-list">{t('practice.list')}</h2>
        <p className="practice-muted">{t('practice.listLead')}</p>
        <ol className="practice-list" data-testid="exercise-list">
          {exercises.map((e) => (
            <li key={e.id} className="practice-card">
              <h3>
                <Link href={`/practice/${e.id}`}>{e.title}</Link>
              </h3>
              <p>
                <span className="practice-badge">{t(`quiz.difficulty.${e.difficulty}`)}</span>
                <span className="practice-badge">{t(`quiz.topic.${e.topic}`)}</span>
                {e.usesTfjs ? <span className="practice-badge">{t('practice.tfjs')}</span> : null}
                <SolvedBadge id={e.id} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
