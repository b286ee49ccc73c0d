import type { ReactNode } from 'react';
import { EMBED_THEME_SCRIPT, EmbedThemeWatcher } from '@/components/embed/embed-theme';

/**
 * Chromeless frame for iframes: no site header or footer. The theme comes from `theme=` (set
 * before the first paint by an inline script), not from the site's remembered choice.
 */
export function EmbedChrome({ children, before }: { children: ReactNode; before?: string }) {
  return (
    <>
      {before ? <script dangerouslySetInnerHTML={{ __html: before }} /> : null}
      <script dangerouslySetInnerHTML={{ __html: EMBED_THEME_SCRIPT }} />
      <EmbedThemeWatcher />
      <main className="embed-main">{children}</main>
    </>
  );
}

/**
 * `/embed/<id>?lang=zh…` replaces itself with `/zh/embed/<id>?…` (the other parameters and the
 * hash kept, `lang` dropped), before anything paints: a host may pick the language by parameter
 * (docs/embedding.md). A constant string; it only compares the parameter.
 */
export const EMBED_LANG_SCRIPT = `(function(){try{var q=new URLSearchParams(location.search);if(q.get('lang')!=='zh')return;q.delete('lang');var s=q.toString();location.replace('/zh'+location.pathname+(s?'?'+s:'')+location.hash)}catch(e){}})()`;
