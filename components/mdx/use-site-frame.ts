'use client';

import { useEffect, useState, type RefObject } from 'react';
import { frameHeightFrom, isFrameMessage, setThemeMessage } from '@/lib/embed/host';

/** The site's resolved theme, as next-themes writes it on <html>. */
export function siteTheme(): 'light' | 'dark' {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

/**
 * A lesson's own frame, as `embed.js` manages frames on other sites: takes the height its
 * content reports (`resize`), so nothing is cut off and nothing scrolls inside it, and follows
 * the page's theme toggle (`set-theme`, also once on `ready`, for a toggle made while the frame
 * loaded). Messages count only from this frame's window and this site's origin. Returns the
 * height, null until the frame reports one.
 */
export function useSiteFrame(frame: RefObject<HTMLIFrameElement | null>, active: boolean): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    if (!active) return;
    const origin = window.location.origin;
    const postTheme = () => frame.current?.contentWindow?.postMessage(setThemeMessage(siteTheme()), origin);
    const onMessage = (event: MessageEvent) => {
      const own = frame.current?.contentWindow;
      if (!own || event.source !== own || event.origin !== origin) return;
      const next = frameHeightFrom(event.data);
      if (next !== null) setHeight(next);
      else if (isFrameMessage(event.data, 'ready')) postTheme();
    };
    window.addEventListener('message', onMessage);
    const themes = new MutationObserver(postTheme);
    themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      window.removeEventListener('message', onMessage);
      themes.disconnect();
    };
  }, [frame, active]);
  return height;
}
