/**
 * The host's side of the embed protocol without zod: what the site's own lesson frames (and, in
 * plain JS, `public/embed.js`) need, kept out of schema code so a lesson page ships only this.
 */

/** Every message a MoE Lab frame posts carries this `source`, so hosts can tell ours apart. */
export const EMBED_SOURCE = 'moe-lab';
/** Bounds on a frame's height in CSS pixels, the same as `embed.js`'s. */
export const FRAME_MIN_HEIGHT = 80;
export const FRAME_MAX_HEIGHT = 20000;

/** True for `{ source: "moe-lab", type }` of the given type. */
export function isFrameMessage(data: unknown, type: string): data is { source: string; type: string; payload?: unknown } {
  return typeof data === 'object' && data !== null && (data as { source?: unknown }).source === EMBED_SOURCE && (data as { type?: unknown }).type === type;
}

/** The height a `resize` message asks for, rounded and clamped to [FRAME_MIN_HEIGHT, FRAME_MAX_HEIGHT]; null for any other message. */
export function frameHeightFrom(data: unknown): number | null {
  if (!isFrameMessage(data, 'resize')) return null;
  const height = (data.payload as { height?: unknown } | undefined)?.height;
  if (typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.round(Math.min(FRAME_MAX_HEIGHT, Math.max(FRAME_MIN_HEIGHT, height)));
}

/** The `set-theme` message a host posts to a frame (validated there by `inboundSchema`). */
export function setThemeMessage(theme: 'light' | 'dark' | 'auto') {
  return { source: EMBED_SOURCE, type: 'set-theme', payload: { theme } } as const;
}

/** The frame address with the host's current theme, so the frame paints in it from its first frame. */
export function withTheme(src: string, theme: 'light' | 'dark'): string {
  const [path, query = ''] = src.split('?');
  const search = new URLSearchParams(query);
  search.set('theme', theme);
  return `${path}?${search.toString()}`;
}
