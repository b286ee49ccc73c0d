'use client';

import { useEffect, useRef, useState } from 'react';

/** Start loading a frame when it is this close to the viewport (about half a phone screen). */
const NEAR_MARGIN = '400px 0px';

/**
 * An iframe that is created only when its box comes near the viewport, behind a placeholder of
 * the same size. A widget frame is a whole page (framework, widget, training worker): created
 * on load, as `loading="lazy"` does for anything within ~1,250 px (and a lesson's collapsed
 * off-screen sections put every frame that close), it cost a phone ~0.7 s of main-thread time
 * before the learner had scrolled to it. Without script the frame loads as usual. `label` (what the
 * placeholder says) comes from the server, so lesson pages carry no UI string catalog.
 */
export function LazyFrame({ src, title, label, style }: { src: string; title: string; label: string; style: React.CSSProperties }) {
  const holder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const box = holder.current;
    if (!box || typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      setNear(true);
      observer.disconnect();
    }, { rootMargin: NEAR_MARGIN });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // No loading="lazy" here: it is near already, and a lazy frame whose section the layout then
  // moves away (content-visibility) would wait with its request open.
  if (near) return <iframe src={src} title={title} style={style} />;
  return (
    <div ref={holder} className="lazy-frame" style={{ ...style, display: 'grid', placeItems: 'center' }} data-testid="lazy-frame">
      <p className="lazy-frame__label">{label}</p>
      <noscript>
        <iframe src={src} title={title} loading="lazy" style={style} />
      </noscript>
    </div>
  );
}
