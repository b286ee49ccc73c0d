'use client';

import Link from '@/components/layout/link';
import { usePathname } from 'next/navigation';
import { splitLocale } from '@/lib/i18n/locales';
/**
 * Top navigation; marks the current section with aria-current. The labels come from the server
 * (site-header), so the page's client code does not carry the UI string catalog.
 */
export function NavLinks({ label, items }: { label: string; items: ReadonlyArray<{ href: string; label: string }> }) {
  // items are English paths (Link puts them in the page's language); compare without the /zh prefix
  const pathname = splitLocale(usePathname() ?? '/').path;
  return (
    <nav aria-label={label} className="site-nav">
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
