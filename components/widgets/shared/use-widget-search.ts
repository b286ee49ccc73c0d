'use client';

import { useSearchParams } from 'next/navigation';
import { useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { getStateOverride, showPageWidget, subscribeEmbed } from '@/components/embed/embed-store';
import type { WidgetEntry } from '@/lib/widgets/entry';
import { resolveWidgetSearch } from '@/lib/embed/state';
import { useT } from '@/components/i18n/locale-context';

/**
 * The query string of a statically exported widget page, read on the client: values that look
 * like markup dropped, `preset=` expanded, and the knobs an embed locks with `lock=a,b` (ignored on
 * the full page), each change with a notice. In an embed a host's `set-state` replaces the query
 * and bumps `revision`: mount the widget with `key={revision}` so it re-reads its params.
 * `widget` is the widget's own entry (lib/widgets/<id>/widget.ts), which the frame's bridge and
 * the Embed dialog then read from the embed store.
 */
export function useWidgetSearch(widget: WidgetEntry, embed: boolean): { params: URLSearchParams; locked: ReadonlySet<string>; notices: string[]; revision: number } {
  const t = useT();
  const search = useSearchParams();
  // A layout effect: before the widget's own (passive) effects publish its state to the bridge.
  useLayoutEffect(() => showPageWidget(widget), [widget]);
  // The widget owns its state after mount (it rewrites the URL itself): read the query once.
  const [initial] = useState(() => search.toString());
  const override = useSyncExternalStore(subscribeEmbed, getStateOverride, () => null);
  const raw = embed && override ? override.query : initial;
  const resolved = useMemo(() => resolveWidgetSearch(widget, new URLSearchParams(raw), embed, t), [raw, widget, embed, t]);
  const locked = useMemo(() => new Set(resolved.locked), [resolved]);
  return { params: resolved.search, locked, notices: resolved.notices, revision: embed ? (override?.revision ?? 0) : 0 };
}
