'use client';

import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { embedMessage, parseInbound, PROTOCOL_VERSION } from '@/lib/embed/protocol';
import { embedIdFromPath } from '@/lib/widgets/entry';
import { FRAME_KEYS, parseTheme } from '@/lib/embed/sanitize';
import { watchHeight } from '@/lib/embed/height';
import { resolveSetState, stateParams } from '@/lib/embed/state';
import { getPageWidget, getWidgetState, setStateOverride, subscribeEmbed } from './embed-store';
import { setHostTheme } from './embed-theme';
import { isFramed, postToHost } from './post-to-host';

/**
 * The frame's side of the embedding protocol: posts `ready`, `resize` and `state` to the host,
 * takes `set-state` and `set-theme` (from the parent window only) and returns the notices the frame shows.
 * `hasWidget`: the frame shows a widget, whose entry its route gives the embed store (useWidgetSearch);
 * a message that arrives before it does waits for it.
 */
export function useEmbedBridge(pathname: string, hasWidget: boolean): string[] {
  const t = useT();
  const [notices, setNotices] = useState<string[]>([]);
  const id = embedIdFromPath(pathname);

  useEffect(() => {
    const entry = () => getPageWidget(id);
    const show = (list: string[]) => {
      if (list.length > 0) setNotices((n) => [...n, ...list]);
    };
    const report = (list: string[]) => {
      if (list.length > 0) postToHost(embedMessage('notice', id, { notices: list }));
    };
    const say = (list: string[]) => {
      show(list);
      report(list);
    };
    say(parseTheme(new URLSearchParams(window.location.search).get('theme'), t).notices);
    if (!isFramed()) return;

    // Deduplicated by value: the widget republishes its canonical query after every change.
    let lastState: string | null = null;
    const postState = (query: string | null, force = false) => {
      if (query === null) return;
      const params = stateParams(entry(), query);
      const key = JSON.stringify(params);
      if (key === lastState && !force) return;
      lastState = key;
      postToHost(embedMessage('state', id, { params, query }));
    };

    const waiting: MessageEvent[] = [];
    const onMessage = (event: MessageEvent) => {
      // Only the page that embeds us may drive the widget.
      if (event.source !== window.parent) return;
      if (hasWidget && !entry()) return void waiting.push(event);
      const widget = entry();
      const parsed = parseInbound(event.data, id);
      if (parsed === null) return;
      if ('error' in parsed) return say([parsed.error]);
      const { message } = parsed;
      if (message.type === 'set-theme') return setHostTheme(message.payload.theme);
      if (message.type === 'get-state') return postState(getWidgetState() ?? '', true);
      if (!widget) return say([t('embed.notice.setStateNoParams')]);
      // Merged into the widget's current (canonical) state; the frame's own keys come from the URL.
      const current = new URLSearchParams(getWidgetState() ?? window.location.search);
      new URLSearchParams(window.location.search).forEach((v, k) => {
        if ((FRAME_KEYS as readonly string[]).includes(k)) current.set(k, v);
      });
      const { search, query, shown, notices } = resolveSetState(widget, current, message.payload, t);
      // The address carries the applied state (clamped, shortest) and the frame's own keys.
      const address = new URLSearchParams(query);
      for (const key of FRAME_KEYS) if (key !== 'preset' && current.has(key)) address.set(key, current.get(key) ?? '');
      const qs = address.toString();
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${qs ? `?${qs}` : ''}`);
      // The remounted widget validates the raw values and shows its clamp notices itself.
      setStateOverride(search.toString());
      show(shown);
      report(notices);
      // Confirmed at once (also when nothing changed); the remounted widget's republication is then a duplicate.
      postState(query, true);
    };
    window.addEventListener('message', onMessage);
    const unsubscribe = subscribeEmbed(() => {
      // the widget's entry has come: the messages that waited for it, in order, outside this update
      if (waiting.length > 0 && entry()) queueMicrotask(() => waiting.splice(0).forEach(onMessage));
      postState(getWidgetState());
    });

    postToHost(embedMessage('ready', id, { version: PROTOCOL_VERSION }));
    const main = document.querySelector('.embed-main') ?? document.body;
    const read = () => {
      const style = getComputedStyle(document.body);
      return Math.ceil(main.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    };
    const stopHeight = watchHeight(main, read, (height) => postToHost(embedMessage('resize', id, { height })), {
      ResizeObserver,
      MutationObserver,
      fonts: document.fonts,
    });
    postState(getWidgetState());
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      stopHeight();
    };
  }, [id, hasWidget, t]);

  return notices;
}
