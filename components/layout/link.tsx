'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';
import { useLocale } from '@/components/i18n/locale-state';
import { localizedPath } from '@/lib/i18n/locales';

/**
 * next/link that prefetches a page when the learner shows intent (hover, focus, touch) rather
 * than as soon as the link scrolls into view: the home page has ~20 links, and prefetching each
 * on load cost a phone ten main-thread tasks of 15–45 ms (×3 under Lighthouse's slowdown) right
 * while the page became interactive. The pattern is Next's own ("Hover-triggered prefetch" in
 * its prefetching guide). The site's only import of next/link (an ESLint rule keeps it so).
 * A site path is written in English (`/learn/x`) and goes to the page's language (`/zh/learn/x`
 * on a Chinese page); `hrefLang` on a link (the language switch) keeps its href as given.
 */
export default function Link({ href: given, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const locale = useLocale();
  const href = typeof given === 'string' && given.startsWith('/') && !props.hrefLang ? localizedPath(given, locale) : given;
  const target = typeof href === 'string' ? href : null;
  const prefetch = () => {
    if (target?.startsWith('/')) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
