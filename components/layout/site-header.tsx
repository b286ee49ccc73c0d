import Link from '@/components/layout/link';
import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';
import { NavLinks } from './nav-links';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ languageSwitch = true }: { languageSwitch?: boolean }) {
  const t = getT();
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
        {languageSwitch ? <LanguageSwitch locale={getRequestLocale()} label={t('i18n.switch')} /> : null}
        <ThemeToggle toDark={t('theme.toDark')} toLight={t('theme.toLight')} />
      </div>
    </header>
  );
}
