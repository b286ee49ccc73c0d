import type { Metadata } from 'next';
import Link from '@/components/layout/link';
import { PageIntro } from '@/components/layout/page-intro';
import { t } from '@/lib/i18n';
import { WIDGETS } from '@/lib/widgets/registry';

export const metadata: Metadata = { title: t('playgrounds.title'), description: t('playgrounds.lead') };

export default function PlaygroundsPage() {
  return (
    <div className="page">
      <PageIntro title={t('playgrounds.title')} lead={t('playgrounds.lead')} />
      <ul className="pillars">
        {WIDGETS.map((w) => (
          <li key={w.id} className="pillar">
            <h2 className="pillar__title">{w.ready ? <Link href={w.page}>{t(w.title)}</Link> : t(w.title)}</h2>
            <p>{t(w.lead)}</p>
            {!w.ready ? <p className="pillar__soon">{t('playgrounds.soon')}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
