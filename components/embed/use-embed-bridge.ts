'use client';

import { useEffect, useState } from 'react';
import { embedMessage, parseInbound, PROTOCOL_VERSION } from '@/lib/embed/protocol';
import { embedIdFromPath, embedWidget } from '@/lib/embed/registry';
import { FRAME_KEYS, parseTheme } from '@/lib/embed/sanitize';
import { applySetState, stateParams, widgetQuery } from '@/lib/embed/state';
import { getWidgetState, setStateOverride, subscribeEmbed } from './embed-store';
import { isFramed, postToHost } from './post-to-host';

/**
 * The frame's side of the embedding protocol: posts `ready`, `resize` and `state` to the host,
 * takes `set-state` (from the parent window only) and returns the notices the frame shows.
 */
export function useEmbedBridge(pathname: string): string[] {
  const [notices, setNotices] = useState<string[]>([]);
  const id = embedIdFromPath(pathname);

  useEffect(() => {
    const widget = embedWidget(id);
    const say = (list: string[]) => {
      if (list.length === 0) return;
      setNotices((n) => [...n, ...list]);
      postToHost(embedMessage('notice', id, { notices: list }));
    };
    say(parseTheme(new URLSearchParams(window.location.search).get('theme')).notices);
    if (!isFramed()) return;

    // Deduplicated by value: the widget republishes its canonical query after every change.
    let lastState: string | null = null;
    const postState = (query: string | null, force = false) => {
      if (query === null) return;
      const params = stateParams(widget, query);
      const key = JSON.stringify(params);
      if (key === lastState && !force) return;
      lastState = key;
      postToHost(embedMessage('state', id, { params, query }));
    };

    const onMessage = (event: MessageEvent) => {
      // Only the page that embeds us may drive the widget.
      if (event.source !== window.parent) return;
      const parsed = parseInbound(event.data, id);
      if (parsed === null) return;
      if ('error' in parsed) return say([parsed.error]);
      const { message } = parsed;
      if (message.type === 'get-state') return postState(getWidgetState() ?? '', true);
      if (!widget) return say(['set-state: this frame has no parameters to set; ignored.']);
      // Merged into the widget's current (canonical) state; the frame's own keys come from the URL.
      const current = new URLSearchParams(getWidgetState() ?? window.location.search);
      new URLSearchParams(window.location.search).forEach((v, k) => {
        if ((FRAME_KEYS as readonly string[]).includes(k)) current.set(k, v);
      });
      const { search, notices: dropped } = applySetState(widget, current, message.payload);
      const clamped = widget.parse(search).notices;
      const query = search.toString();
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
      setStateOverride(query);
      say([...dropped, ...clamped.filter((n) => !dropped.includes(n))]);
      // Confirmed at once (also when nothing changed); the remounted widget's republication is then a duplicate.
      postState(widgetQuery(widget, search).toString(), true);
    };
    window.addEventListener('message', onMessage);
    const unsubscribe = subscribeEmbed(() => postState(getWidgetState()));

    let lastHeight = -1;
    const main = document.querySelector('.embed-main') ?? document.body;
    const measure = () => {
      const style = getComputedStyle(document.body);
      const height = Math.ceil(main.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
      if (height === lastHeight) return;
      lastHeight = height;
      postToHost(embedMessage('resize', id, { height }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(main);

    postToHost(embedMessage('ready', id, { version: PROTOCOL_VERSION }));
    measure();
    postState(getWidgetState());
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
      observer.disconnect();
    };
  }, [id]);

  return notices;
}
