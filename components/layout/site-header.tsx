import Link from 'next/link';
import { t } from '@/lib/i18n';
import { NavLinks } from './nav-links';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand" aria-label={t('nav.home')}>
          <span className="brand__mark" aria-hidden="true">
            ◆
          </span>
          {t('site.name')}
        </Link>
        <NavLinks />
        <ThemeToggle />
      </div>
    </header>
  );
}
