import { t as english } from '@/lib/i18n';
import { quote, type Translate } from '@/lib/params/knobs';
import type { ParamRecord } from './protocol';
import { lockableNames, stateKeys, type WidgetEntry } from '@/lib/widgets/entry';
import { encodeValue, expandPreset, FRAME_KEYS, looksDangerous, parseLock, sanitizeSearch } from './sanitize';

/**
 * The query a widget should parse, from the raw URL: values that look like markup dropped,
 * `preset=` expanded, and (in an embed) the `lock=` list. Every change comes with a notice.
 */
export function resolveWidgetSearch(widget: WidgetEntry | undefined, raw: URLSearchParams, embed: boolean, t: Translate = english): { search: URLSearchParams; locked: string[]; notices: string[] } {
  const clean = sanitizeSearch(raw, t);
  const preset = expandPreset(clean.search, widget?.presets ?? [], t);
  const lock = embed ? parseLock(preset.search.get('lock'), widget ? lockableNames(widget) : [], t) : { locked: [], notices: [] };
  return { search: preset.search, locked: lock.locked, notices: [...clean.notices, ...preset.notices, ...lock.notices] };
}

/**
 * A host's `set-state` payload merged into the current query: only the widget's own parameter
 * names are taken (the frame's `lock`, `theme`, `lang` stay as the instructor set them), values
 * that look like markup are dropped. The widget's parser then clamps the values with notices.
 */
export function applySetState(widget: WidgetEntry, current: URLSearchParams, payload: ParamRecord, t: Translate = english): { search: URLSearchParams; notices: string[] } {
  const allowed = stateKeys(widget);
  const next = new URLSearchParams();
  for (const key of FRAME_KEYS) if (key !== 'preset' && current.has(key)) next.set(key, current.get(key) ?? '');
  current.forEach((value, key) => {
    if (allowed.includes(key)) next.set(key, value);
  });
  const notices: string[] = [];
  for (const [key, value] of Object.entries(payload)) {
    const raw = encodeValue(value);
    if (!allowed.includes(key)) notices.push(t('embed.notice.setStateUnknown', { key: quote(key) }));
    else if (looksDangerous(raw)) notices.push(t('embed.notice.setStateMarkup', { key, value: quote(raw) }));
    else next.set(key, raw);
  }
  return { search: next, notices };
}

/**
 * What a host's `set-state` leads to. `search` (raw values, frame keys kept) is what the widget
 * remounts on: it validates it and shows its own clamp notices, as for a URL. `query` is the
 * shortest query of the state actually applied (clamped values, defaults left out), for the
 * `state` reply and the frame's address. `shown` are the refusals only the frame knows about (the
 * widget never sees a refused key), so no notice appears twice; `notices` (refusals and clamps)
 * go to the host.
 */
export function resolveSetState(widget: WidgetEntry, current: URLSearchParams, payload: ParamRecord, t: Translate = english): { search: URLSearchParams; query: string; shown: string[]; notices: string[] } {
  const { search, notices: refused } = applySetState(widget, current, payload, t);
  const parsed = widget.parse(search, t);
  return { search, query: widget.serialize(parsed.params), shown: refused, notices: [...refused, ...parsed.notices.filter((n) => !refused.includes(n))] };
}

/** The widget's state part of a query (frame keys removed), in the widget's own order. */
export function widgetQuery(widget: WidgetEntry | undefined, search: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const keys = widget ? stateKeys(widget) : null;
  search.forEach((value, key) => {
    if ((FRAME_KEYS as readonly string[]).includes(key)) return;
    if (keys === null || keys.includes(key)) out.append(key, value);
  });
  return out;
}

/** The `state` message's params: every parameter with its validated value (defaults included). */
export function stateParams(widget: WidgetEntry | undefined, query: string): Record<string, string | number | boolean> {
  const search = new URLSearchParams(query);
  if (!widget) return Object.fromEntries(search);
  const { params } = widget.parse(search);
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}
