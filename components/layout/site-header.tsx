import Link from '@/components/layout/link';
import { t } from '@/lib/i18n';
import { NAV_ITEMS } from './nav-items';
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
        <NavLinks label={t('nav.label')} items={NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.label) }))} />
        <ThemeToggle toDark={t('theme.toDark')} toLight={t('theme.toLight')} />
      </div>
    </header>
  );
}
