import { LmHeroFigure } from '@/components/home/lm-hero';
import Link from '@/components/layout/link';
import { LessonList } from '@/components/lesson/lesson-list';
import { loadLessons } from '@/lib/content';
import { t, type MessageKey } from '@/lib/i18n';
import { readLmHero } from '@/lib/widgets/moe-lm/hero';
import { widgetById } from '@/lib/widgets/registry';

const PILLARS: ReadonlyArray<{ title: MessageKey; body: MessageKey; href: string }> = [
  { title: 'home.pillar.lessons.title', body: 'home.pillar.lessons.body', href: '/learn' },
  { title: 'home.pillar.playgrounds.title', body: 'home.pillar.playgrounds.body', href: '/playground' },
  { title: 'home.pillar.quiz.title', body: 'home.pillar.quiz.body', href: '/quiz' },
  { title: 'home.pillar.practice.title', body: 'home.pillar.practice.body', href: '/practice' },
];

export default function HomePage() {
  const lessons = loadLessons();
  // routed at build time (prebuild); without the file home simply has no picture
  const hero = readLmHero();
  return (
    <div className="page home">
      <section className={hero ? 'hero hero--figure' : 'hero'}>
        <div>
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <div className="hero__actions">
            <Link className="button button--primary" href={`/learn/${lessons[0].slug}`}>
              {t('home.start')}
            </Link>
            <Link className="button" href="/learn">
              {t('home.browse')}
            </Link>
          </div>
        </div>
        {hero ? <LmHeroFigure hero={hero} href={widgetById('moe-lm')?.page} /> : null}
      </section>
      <section aria-labelledby="pillars-title">
        <h2 id="pillars-title">{t('home.pillars.title')}</h2>
        <ul className="pillars">
          {PILLARS.map((p) => (
            <li key={p.href} className="pillar">
              <h3>
                <Link href={p.href}>{t(p.title)}</Link>
              </h3>
              <p>{t(p.body)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="path-title">
        <h2 id="path-title">{t('home.path.title')}</h2>
        <p>{t('home.path.lead')}</p>
        <LessonList lessons={lessons} />
      </section>
    </div>
  );
}
