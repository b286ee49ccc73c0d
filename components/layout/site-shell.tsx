import { ThemeProvider } from 'next-themes';
import type { ReactNode } from 'react';
import { getT } from '@/components/i18n/request-locale';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Header, main landmark and footer shared by every site page (not by embeds), inside the theme
 * provider: system theme by default, remembered when chosen. Embeds take `theme=` instead.
 * `bothLanguages`: the 404 page, one file for every path of both languages (see SiteHeader).
 * No `disableTransitionOnChange`: the site has no CSS transitions to suppress, and next-themes
 * does it on every mount too, by adding and removing a `*{transition:none}` sheet and forcing
 * style between them: two style recalculations of the whole document on load (a long lesson's
 * 5,500 rendered elements: ~290 ms of main thread at 4× CPU slowdown, measured).
 */
export function SiteShell({ children, bothLanguages = false }: { children: ReactNode; bothLanguages?: boolean }) {
  const t = getT();
  return (
    <ThemeProvider attribute="data-theme" defaultTheme="system" enableSystem>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <SiteHeader bothLanguages={bothLanguages} />
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </ThemeProvider>
  );
}
