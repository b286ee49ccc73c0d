'use client';

import { startTransition, use, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registeredIslandHtml } from '@/lib/content/island-html';
import { htmlAtHand, hydrated, isInFirstDocument, islandAttribute, islandsOfPage, remember } from './island-sources';

export type IslandProps = {
  /** the element's own tag and attributes, as the lesson's tree had them */
  tag: string;
  attrs: Record<string, unknown>;
  /** content hash of the build-produced HTML inside it */
  id: string;
  /** the page this island belongs to, whose document holds its HTML */
  src: string;
};

// useLayoutEffect warns when rendered to HTML; the server never runs either effect
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * One element of a lesson whose contents are build-produced static HTML (static-islands.tsx). The
 * HTML is in the document on a first load and fetched from the page's document otherwise
 * (island-sources.ts); the payload carries only the id. Only our own build output reaches
 * innerHTML: the server's registered HTML, or the same origin's document of the same build.
 */
export function Island({ tag, attrs, id, src }: IslandProps) {
  // typed as a div: the tag is whichever intrinsic element the lesson's tree had (p, ul, table …)
  const Tag = tag as 'div';
  const ref = useRef<HTMLDivElement>(null);
  const [fromDocument, setFromDocument] = useState(() => typeof window !== 'undefined' && isInFirstDocument(id));
  const html = typeof window === 'undefined' ? serverHtml(id) : fromDocument ? '' : (htmlAtHand(id) ?? use(islandsOfPage(src))?.get(id));

  useClientLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (fromDocument && element.childNodes.length === 0) {
      // React built this element instead of hydrating it (a hydration error above it): fetch its HTML
      startTransition(() => setFromDocument(false));
      return;
    }
    if (html === undefined) {
      // the page's document could not be had, or it is from another build: load the page itself
      window.location.assign(src);
      return;
    }
    if (fromDocument) hydrated(id);
    // leaving the page: keep the HTML for back/forward, so that it is not fetched again
    return () => {
      if (fromDocument) remember(id, element.innerHTML);
    };
  }, [fromDocument, html, id, src]);

  const marker = { [islandAttribute]: id };
  return <Tag {...attrs} {...marker} ref={ref} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: html ?? '' }} />;
}

function serverHtml(id: string): string {
  const html = registeredIslandHtml(id);
  if (html === undefined) throw new Error(`static island ${id}: no HTML was registered for it in this process`);
  return html;
}
