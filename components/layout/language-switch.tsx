'use client';

import { usePathname } from 'next/navigation';
import { HTML_LANG, LOCALE_STORAGE_KEY, localizedPath, splitLocale, type Locale } from '@/lib/i18n/locales';

/** Each language's name in itself: the switch is read by someone who may not read the page's language. */
const NATIVE_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };

/**
 * A link to this page in the other language, with its query and hash (taken when it is followed,
 * so a `?q=` or a `#section` survives); following it remembers the choice. A plain link: the two
 * languages have separate root layouts, so the browser loads the other one in full.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const target: Locale = locale === 'zh' ? 'en' : 'zh';
  const path = splitLocale(usePathname() ?? '/').path;
  const href = localizedPath(path, target);
  return (
    <a
      className="language-switch"
      data-testid="language-switch"
      href={href}
      hrefLang={HTML_LANG[target]}
      lang={HTML_LANG[target]}
      aria-label={`${NATIVE_NAME[target]}: ${label}`}
      title={label}
      onClick={(event) => {
        event.currentTarget.href = `${href}${window.location.search}${window.location.hash}`;
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, target);
        } catch {
          // storage blocked: the switch still works, it is just not remembered
        }
      }}
    >
      {NATIVE_NAME[target]}
    </a>
  );
}
