import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { PageIntro } from '@/components/layout/page-intro';
import { t, type Locale } from '@/lib/i18n';
import { WIDGETS } from '@/lib/widgets/registry';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata => pageMetadata(locale, '/playground', { title: t('playgrounds.title', undefined, locale), description: t('playgrounds.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  return (
    <div className="page">
      <PageIntro title={t('playgrounds.title', undefined, locale)} lead={t('playgrounds.lead', undefined, locale)} />
      <ul className="pillars">
        {WIDGETS.map((w) => (
          <li key={w.id} className="pillar">
            <h2 className="pillar__title">{w.ready ? <Link href={w.page}>{t(w.title, undefined, locale)}</Link> : t(w.title, undefined, locale)}</h2>
            <p>{t(w.lead, undefined, locale)}</p>
            {!w.ready ? <p className="pillar__soon">{t('playgrounds.soon', undefined, locale)}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
