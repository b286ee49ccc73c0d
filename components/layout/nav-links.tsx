'use client';

import Link from '@/components/layout/link';
import { usePathname } from 'next/navigation';
import { HTML_LANG, splitLocale, type Locale } from '@/lib/i18n/locales';

/**
 * Top navigation; marks the current section with aria-current. The labels come from the server
 * (site-header), so the page's client code does not carry the UI string catalog. `lang`: the
 * language of a navigation that is not the page's (the 404 page carries one per language).
 */
export function NavLinks({ label, items, lang }: { label: string; items: ReadonlyArray<{ href: string; label: string }>; lang?: Locale }) {
  // items are English paths (Link puts them in the page's language); compare without the /zh prefix
  const pathname = splitLocale(usePathname() ?? '/').path;
  return (
    <nav aria-label={label} className="site-nav" lang={lang && HTML_LANG[lang]} data-nav-lang={lang}>
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
