import { DEFAULT_LOCALE, localizedPath, type Locale } from '@/lib/i18n';
import type { EmbedTheme } from './sanitize';

export interface SnippetOptions {
  /** where MoE Lab is served, e.g. https://moe-lab.example.org */
  origin: string;
  /** the embed route, e.g. /embed/moe-playground */
  path: string;
  /** the widget's state (knob values, question ids …) */
  query: URLSearchParams;
  lock: readonly string[];
  theme: EmbedTheme;
  /** the frame's language: `zh` serves `/zh/embed/<id>` (default English, today's `/embed/<id>`) */
  lang?: Locale;
  /** training widgets: start on load, and pause at this step (0: never) */
  autoplay?: boolean;
  until?: number;
  height: number;
  title: string;
  /** add the one-line auto-resize script */
  resize: boolean;
}

export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 3000;

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The frame's address for these options (http/https origins only). */
export function buildEmbedUrl(o: Pick<SnippetOptions, 'origin' | 'path' | 'query' | 'lock' | 'theme' | 'autoplay' | 'until' | 'lang'>): string {
  const origin = new URL(o.origin);
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:') throw new RangeError(`origin: ${o.origin} is not http(s)`);
  if (!/^\/embed\/[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(o.path)) throw new RangeError(`path: ${o.path} is not an embed route`);
  const query = new URLSearchParams(o.query);
  // the language is the path's (`/zh/embed/…`), never a `lang=` the frame would have to redirect
  for (const key of ['lock', 'theme', 'autoplay', 'until', 'preset', 'lang']) query.delete(key);
  if (o.autoplay) query.set('autoplay', '1');
  if (o.until && o.until > 0) query.set('until', String(Math.round(o.until)));
  if (o.lock.length) query.set('lock', o.lock.join(','));
  if (o.theme !== 'auto') query.set('theme', o.theme);
  const qs = query.toString();
  return `${origin.origin}${localizedPath(o.path, o.lang ?? DEFAULT_LOCALE)}${qs ? `?${qs}` : ''}`;
}

/** The `<iframe>` (and optional resize script) an instructor pastes into a page. Plain text, escaped. */
export function buildSnippet(o: SnippetOptions): string {
  const src = buildEmbedUrl(o);
  const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(Number.isFinite(o.height) ? o.height : 600)));
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(o.title)}" width="100%" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>`;
  if (!o.resize) return iframe;
  return `${iframe}\n<script src="${escapeAttribute(new URL('/embed.js', o.origin).toString())}" async></script>`;
}
