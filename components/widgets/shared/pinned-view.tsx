'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** Space between the pinned chart and a control lifted out from under it, in CSS px (0.75rem, as the scroll-padding). */
const REVEAL_GAP = 12;

/**
 * A playground's main chart. On a phone it stays pinned at the top of the screen while the knobs
 * scroll beneath it (globals.css, "Phones: the main chart stays pinned"), so a learner sees a knob
 * and its effect together. Its height is published as `--pinned-h` on <html>: the page's
 * scroll-padding-top uses it, so a knob scrolled into view (keyboard focus) lands below the
 * chart, not under it, and a knob focused (by keyboard, touch or mouse) while partly under the
 * chart is scrolled out from under it. Elsewhere it is laid out as if it were not there (display: contents).
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
    // scroll-padding moves a control that is scrolled into view, but the browser does not scroll
    // for one that is already partly on screen, as a knob just under the chart is: lift it out.
    const reveal = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || el.contains(target) || getComputedStyle(el).position !== 'sticky') return;
      const chart = el.getBoundingClientRect();
      const control = (target.closest('[data-knob]') ?? target).getBoundingClientRect();
      if (control.top < chart.bottom + REVEAL_GAP && control.bottom > chart.top) window.scrollBy({ top: control.top - chart.bottom - REVEAL_GAP, behavior: 'instant' });
    };
    document.addEventListener('focusin', reveal);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', reveal);
      root.style.removeProperty('--pinned-h');
    };
  }, []);
  return (
    <div ref={box} className={className ? `widget__pinned ${className}` : 'widget__pinned'} data-testid="pinned-view">
      {children}
    </div>
  );
}
