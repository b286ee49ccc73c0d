import Link from '@/components/layout/link';
import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { LocaleProvider } from '@/components/i18n/locale-state';
import { t as translate, type Locale, type MessageKey } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';
import { NavLinks } from './nav-links';
import { ThemeToggle } from './theme-toggle';

/** The 404 page's navigation in `locale`: its labels, and links to that language's pages. */
function LocaleNav({ locale }: { locale: Locale }) {
  const t = (key: MessageKey) => translate(key, undefined, locale);
  return (
    <LocaleProvider locale={locale}>
      <NavLinks label={t('nav.label')} items={NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.label) }))} lang={locale} />
    </LocaleProvider>
  );
}

/**
 * `bothLanguages`: the 404 page, one file for every path of both languages, has no language switch
 * (it would need the page's own path) and carries the navigation in English and in Chinese; CSS
 * shows the Chinese one where the page's script marked a /zh path (html[data-not-found='zh']).
 */
export function SiteHeader({ bothLanguages = false }: { bothLanguages?: boolean }) {
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
        {bothLanguages ? (
          <>
            <LocaleNav locale="en" />
            <LocaleNav locale="zh" />
          </>
        ) : (
          <NavLinks label={t('nav.label')} items={NAV_ITEMS.map((item) => ({ href: item.href, label: t(item.label) }))} />
        )}
        {bothLanguages ? null : <LanguageSwitch locale={getRequestLocale()} label={t('i18n.switch')} />}
        <ThemeToggle toDark={t('theme.toDark')} toLight={t('theme.toLight')} />
      </div>
    </header>
  );
}
