import Link from '@/components/layout/link';
import { SiteShell } from '@/components/layout/site-shell';
import { t } from '@/lib/i18n';

export default function NotFound() {
  return (
    <SiteShell>
      <div className="page not-found" data-testid="not-found">
        <h1>{t('notFound.title')}</h1>
        <p className="lead">{t('notFound.body')}</p>
        <div className="hero__actions">
          <Link className="button button--primary" href="/">
            {t('notFound.home')}
          </Link>
          <Link className="button" href="/learn">
            {t('notFound.learn')}
          </Link>
        </div>
      </div>
    </SiteShell>
  );
}
