'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { localizedPath } from '@/lib/i18n';
import { FRAME_KEYS } from '@/lib/embed/sanitize';
import { getWidgetState, subscribeEmbed } from './embed-store';
import { useEmbedBridge } from './use-embed-bridge';
import './embed.css';

/**
 * Title bar of an embedded widget with an "Open in MoE Lab" link carrying the same parameters,
 * the frame's notices, and the postMessage bridge to the embedding page. `widget`: the frame
 * shows a widget (its route gives the bridge the widget's entry), not a quiz.
 */
export function EmbedFrame({ title, href, widget = false, children }: { title: string; href: string; widget?: boolean; children: ReactNode }) {
  const notices = useEmbedBridge(usePathname(), widget);
  return (
    <div className="embed-frame">
      <header className="embed-frame__bar">
        <h1 className="embed-frame__title">{title}</h1>
        <Suspense fallback={null}>
          <OpenLink href={href} />
        </Suspense>
      </header>
      {notices.length > 0 ? (
        <div className="notice widget-notices" role="status" data-testid="frame-notices">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** The full page, in the frame's language, with the widget's current state (as it publishes it), else the frame's own query. */
function OpenLink({ href }: { href: string }) {
  const t = useT();
  const locale = useLocale();
  const search = useSearchParams();
  const state = useSyncExternalStore(subscribeEmbed, getWidgetState, () => null);
  const query = new URLSearchParams(state ?? search.toString());
  for (const key of FRAME_KEYS) if (key !== 'preset') query.delete(key);
  const qs = query.toString();
  return (
    <a className="embed-frame__open" href={`${localizedPath(href, locale)}${qs ? `?${qs}` : ''}`} target="_blank" rel="noopener">
      {t('embed.open')}
    </a>
  );
}
