'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { getStateOverride, subscribeEmbed } from '@/components/embed/embed-store';
import { widgetForPath } from '@/lib/widgets/registry';
import { resolveWidgetSearch } from '@/lib/embed/state';

/**
 * The query string of a statically exported widget page, read on the client: values that look
 * like markup dropped, `preset=` expanded, and the knobs an embed locks with `lock=a,b` (ignored on
 * the full page), each change with a notice. In an embed a host's `set-state` replaces the query
 * and bumps `revision`: mount the widget with `key={revision}` so it re-reads its params.
 */
export function useWidgetSearch(embed: boolean): { params: URLSearchParams; locked: ReadonlySet<string>; notices: string[]; revision: number } {
  const search = useSearchParams();
  const pathname = usePathname();
  // The widget owns its state after mount (it rewrites the URL itself): read the query once.
  const [initial] = useState(() => search.toString());
  const override = useSyncExternalStore(subscribeEmbed, getStateOverride, () => null);
  const raw = embed && override ? override.query : initial;
  const resolved = useMemo(() => resolveWidgetSearch(widgetForPath(pathname), new URLSearchParams(raw), embed), [raw, pathname, embed]);
  const locked = useMemo(() => new Set(resolved.locked), [resolved]);
  return { params: resolved.search, locked, notices: resolved.notices, revision: embed ? (override?.revision ?? 0) : 0 };
}
