'use client';

import { useEffect } from 'react';
import type { EmbedTheme } from '@/lib/embed/sanitize';

/**
 * Runs before the frame paints (inlined in the embed layout): `theme=light|dark` wins, anything
 * else follows the visitor's system. A constant string; it only compares the parameter.
 */
export const EMBED_THEME_SCRIPT = `(function(){try{var t=new URLSearchParams(location.search).get('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}var d=document.documentElement;d.setAttribute('data-theme',t);d.style.colorScheme=t}catch(e){}})()`;

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The theme the host asked for with `set-theme` (null until it does): it wins over `theme=` and the system. */
let hostTheme: EmbedTheme | null = null;

function paint(theme: 'light' | 'dark') {
  document.documentElement.setAttribute('data-theme', theme);
  document.documentElement.style.colorScheme = theme;
}

/** True when the frame follows the visitor's system: `theme=auto` (or none), unless the host chose light or dark. */
function followsSystem(): boolean {
  if (hostTheme !== null) return hostTheme === 'auto';
  const fixed = new URLSearchParams(window.location.search).get('theme');
  return fixed !== 'light' && fixed !== 'dark';
}

/** Applies a `set-theme` from the host: light or dark from now on, or `auto` to follow the system again. */
export function setHostTheme(theme: EmbedTheme) {
  hostTheme = theme;
  paint(theme === 'auto' ? (window.matchMedia(SYSTEM_DARK).matches ? 'dark' : 'light') : theme);
}

/** While the frame follows the system (see `followsSystem`), system changes repaint it. */
export function EmbedThemeWatcher() {
  useEffect(() => {
    const query = window.matchMedia(SYSTEM_DARK);
    const apply = () => {
      if (followsSystem()) paint(query.matches ? 'dark' : 'light');
    };
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, []);
  return null;
}
