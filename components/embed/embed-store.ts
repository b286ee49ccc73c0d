/**
 * The few things an embed frame shares between its bridge (EmbedFrame) and the widget, outside
 * React's tree order: the widget's registry entry (given by useWidgetSearch; the Embed dialog of a
 * full page reads it too), the widget's current URL state (written by useSyncUrl) and the state a
 * host set with `set-state` (read by useWidgetSearch). A module-level store, so nothing is lost
 * when one side mounts before the other.
 */
import type { WidgetEntry } from '@/lib/widgets/entry';

type Listener = () => void;

export interface StateOverride {
  /** bumps on every `set-state`: widgets remount with `key={revision}` to re-read their params */
  revision: number;
  query: string;
}

let pageWidget: WidgetEntry | null = null;
let widgetState: string | null = null;
let override: StateOverride | null = null;
const listeners = new Set<Listener>();

function emit() {
  for (const l of listeners) l();
}

export function subscribeEmbed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The widget this page shows, from its own entry module: a page that imported the whole registry
 * to look its widget up would ship every widget's knob tables, parsers and presets.
 */
export function showPageWidget(widget: WidgetEntry) {
  if (widget === pageWidget) return;
  pageWidget = widget;
  emit();
}

/** The page's widget when its id is `id` (none yet, or another widget: undefined). */
export function getPageWidget(id: string): WidgetEntry | undefined {
  return pageWidget?.id === id ? pageWidget : undefined;
}

/** The widget's state as its URL query (canonical: defaults omitted). */
export function publishWidgetState(query: string) {
  if (query === widgetState) return;
  widgetState = query;
  emit();
}

export function getWidgetState(): string | null {
  return widgetState;
}

export function setStateOverride(query: string) {
  override = { revision: (override?.revision ?? 0) + 1, query };
  emit();
}

export function getStateOverride(): StateOverride | null {
  return override;
}
