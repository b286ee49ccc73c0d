'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { t } from '@/lib/i18n';
import { NAV_ITEMS } from './nav-items';

/** Top navigation; marks the current section with aria-current. */
export function NavLinks() {
  const pathname = usePathname() ?? '/';
  return (
    <nav aria-label={t('nav.label')} className="site-nav">
      <ul>
        {NAV_ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? 'page' : undefined}>
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
