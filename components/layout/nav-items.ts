import type { MessageKey } from '@/lib/i18n';

/** The site's top-level sections, in header order. */
export const NAV_ITEMS: ReadonlyArray<{ href: string; label: MessageKey }> = [
  { href: '/learn', label: 'nav.learn' },
  { href: '/playground', label: 'nav.playgrounds' },
  { href: '/quiz', label: 'nav.quiz' },
  { href: '/practice', label: 'nav.practice' },
  { href: '/progress', label: 'nav.progress' },
];
