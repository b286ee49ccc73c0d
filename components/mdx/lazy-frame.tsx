'use client';

import { useEffect, useRef, useState } from 'react';
import { withTheme } from '@/lib/embed/host';
import { siteTheme, useSiteFrame } from './use-site-frame';

/** Start loading a frame when it is this close to the viewport (about half a phone screen). */
const NEAR_MARGIN = '400px 0px';

/**
 * An iframe of one of the site's embed pages, created only when its box comes near the viewport,
 * behind a placeholder of the same size. A widget frame is a whole page (framework, widget,
 * training worker): created on load, as `loading="lazy"` does for anything within ~1,250 px (and
 * a lesson's collapsed off-screen sections put every frame that close), it cost a phone ~0.7 s of
 * main-thread time before the learner had scrolled to it. Once created it opens in the page's
 * theme and then sizes itself and follows the theme toggle (`useSiteFrame`). Without script the
 * frame loads as usual at the placeholder's height. `label` (what the placeholder says) comes
 * from the server, so lesson pages carry no UI string catalog.
 */
export function LazyFrame({ src, title, label, style }: { src: string; title: string; label: string; style: React.CSSProperties }) {
  const holder = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  // The page's theme when the frame was created (null: not near yet).
  const [theme, setTheme] = useState<'light' | 'dark' | null>(null);
  const height = useSiteFrame(frame, theme !== null);
  useEffect(() => {
    const box = holder.current;
    if (!box || typeof IntersectionObserver === 'undefined') return setTheme(siteTheme());
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      setTheme(siteTheme());
      observer.disconnect();
    }, { rootMargin: NEAR_MARGIN });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // No loading="lazy" here: it is near already, and a lazy frame whose section the layout then
  // moves away (content-visibility) would wait with its request open. The reported height is the
  // content's, so the border goes outside it (content-box).
  if (theme !== null) {
    const sized: React.CSSProperties = height === null ? style : { ...style, height, boxSizing: 'content-box' };
    return <iframe ref={frame} src={withTheme(src, theme)} title={title} style={sized} data-sized={height === null ? undefined : ''} />;
  }
  return (
    <div ref={holder} className="lazy-frame" style={{ ...style, display: 'grid', placeItems: 'center' }} data-testid="lazy-frame">
      <p className="lazy-frame__label">{label}</p>
      <noscript>
        <iframe src={src} title={title} loading="lazy" style={style} />
      </noscript>
    </div>
  );
}
