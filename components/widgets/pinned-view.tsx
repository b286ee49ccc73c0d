'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A playground's main chart. On a phone it stays pinned at the top of the screen while the knobs
 * scroll beneath it (globals.css, "Phones: the main chart stays pinned"), so a learner sees a knob
 * and its effect together. Its height is published as `--pinned-h` on <html>: the page's
 * scroll-padding-top uses it, so a knob scrolled into view (keyboard focus) lands below the
 * chart, not under it. Elsewhere it is laid out as if it were not there (display: contents).
 */
export function PinnedView({ children, className }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--pinned-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    publish();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--pinned-h');
    };
  }, []);
  return (
    <div ref={box} className={className ? `widget__pinned ${className}` : 'widget__pinned'} data-testid="pinned-view">
      {children}
    </div>
  );
}
