import type { Metadata } from 'next';
import { LmHeroFigure } from '@/components/home/lm-hero';
import Link from '@/components/layout/link';
import { LessonList } from '@/components/lesson/lesson-list';
import { loadLessons } from '@/lib/content';
import { LOCALE_STORAGE_KEY, t, type Locale, type MessageKey } from '@/lib/i18n';
import { readLmHero } from '@/lib/widgets/moe-lm/hero';
import { widgetById } from '@/lib/widgets/registry';
import { pageMetadata } from './meta';

const PILLARS: ReadonlyArray<{ title: MessageKey; body: MessageKey; href: string }> = [
  { title: 'home.pillar.lessons.title', body: 'home.pillar.lessons.body', href: '/learn' },
  { title: 'home.pillar.playgrounds.title', body: 'home.pillar.playgrounds.body', href: '/playground' },
  { title: 'home.pillar.quiz.title', body: 'home.pillar.quiz.body', href: '/quiz' },
  { title: 'home.pillar.practice.title', body: 'home.pillar.practice.body', href: '/practice' },
];

/**
 * On the English home only: a learner who chose Chinese with the switch and comes back to the
 * site's root from elsewhere (a bookmark, a typed address) lands on the Chinese home. Not from a
 * page of the site (the "English" switch and the brand link reach here on purpose) and never on a
 * deep link, which stays in the language it was shared in; crawlers keep no storage.
 */
const REMEMBERED_LOCALE_SCRIPT = `(function(){try{if(localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})!=='zh')return;if(document.referrer&&new URL(document.referrer).origin===location.origin)return;location.replace('/zh'+location.search+location.hash)}catch(e){}})()`;

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/', {});

export function View({ locale }: { locale: Locale }) {
  const lessons = loadLessons(undefined, locale);
  // routed at build time (prebuild); without the file home simply has no picture
  const hero = readLmHero();
  return (
    <div className="page home">
      {locale === 'en' ? <script dangerouslySetInnerHTML={{ __html: REMEMBERED_LOCALE_SCRIPT }} /> : null}
      <section className={hero ? 'hero hero--figure' : 'hero'}>
        <div>
          <h1>{t('home.title', undefined, locale)}</h1>
          <p className="lead">{t('home.lead', undefined, locale)}</p>
          <div className="hero__actions">
            <Link className="button button--primary" href={`/learn/${lessons[0].slug}`}>
              {t('home.start', undefined, locale)}
            </Link>
            <Link className="button" href="/learn">
              {t('home.browse', undefined, locale)}
            </Link>
          </div>
        </div>
        {hero ? <LmHeroFigure hero={hero} href={widgetById('moe-lm')?.page} /> : null}
      </section>
      <section aria-labelledby="pillars-title">
        <h2 id="pillars-title">{t('home.pillars.title', undefined, locale)}</h2>
        <ul className="pillars">
          {PILLARS.map((p) => (
            <li key={p.href} className="pillar">
              <h3>
                <Link href={p.href}>{t(p.title, undefined, locale)}</Link>
              </h3>
              <p>{t(p.body, undefined, locale)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="path-title">
        <h2 id="path-title">{t('home.path.title', undefined, locale)}</h2>
        <p>{t('home.path.lead', undefined, locale)}</p>
        <LessonList lessons={lessons} />
      </section>
    </div>
  );
}
