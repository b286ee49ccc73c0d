'use client';

import { useEffect } from 'react';

/**
 * Runs before the frame paints (inlined in the embed layout): `theme=light|dark` wins, anything
 * else follows the visitor's system. A constant string; it only compares the parameter.
 */
export const EMBED_THEME_SCRIPT = `(function(){try{var t=new URLSearchParams(location.search).get('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}var d=document.documentElement;d.setAttribute('data-theme',t);d.style.colorScheme=t}catch(e){}})()`;

/** With `theme=auto` (or none) the frame follows system changes while it is open. */
export function EmbedThemeWatcher() {
  useEffect(() => {
    const fixed = new URLSearchParams(window.location.search).get('theme');
    if (fixed === 'light' || fixed === 'dark') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const theme = query.matches ? 'dark' : 'light';
      document.documentElement.setAttribute('data-theme', theme);
      document.documentElement.style.colorScheme = theme;
    };
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, []);
  return null;
}
