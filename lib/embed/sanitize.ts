import { t as english } from '@/lib/i18n';
import { quote, type KnobValue, type Translate } from '@/lib/params/knobs';

/** Parameters that configure the frame rather than the widget; never part of a widget's state. */
export const FRAME_KEYS = ['lock', 'theme', 'lang', 'preset'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof THEMES)[number];

// Markup, a script URL, or control characters: nothing a knob or a sentence ever needs.
const DANGEROUS = /[<>]|javascript\s*:|data\s*:\s*text\/html|vbscript\s*:|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/i;

/** True when a raw value looks like markup or a script URL. */
export function looksDangerous(raw: string): boolean {
  return DANGEROUS.test(raw.replace(/[\s\u00ad]+/g, ''));
}

/**
 * Drops every parameter whose value looks like markup or a script (`<script>`, `javascript:` …),
 * with a notice. The widget's own parser then falls back to its default. Values are only ever
 * rendered as text, so this is defence in depth and a visible answer to a bad link.
 */
export function sanitizeSearch(search: URLSearchParams, t: Translate = english): { search: URLSearchParams; notices: string[] } {
  const clean = new URLSearchParams();
  const notices: string[] = [];
  search.forEach((value, key) => {
    if (looksDangerous(key) || looksDangerous(value)) {
      notices.push(t('embed.notice.markup', { name: looksDangerous(key) ? t('embed.notice.aParameter') : key, value: quote(value) }));
      return;
    }
    clean.append(key, value);
  });
  return { search: clean, notices };
}

/** `lock=a,b` → the knobs to hide; unknown names are reported, not kept. */
export function parseLock(raw: string | null, lockable: readonly string[], t: Translate = english): { locked: string[]; notices: string[] } {
  if (!raw) return { locked: [], notices: [] };
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const locked = [...new Set(names.filter((n) => lockable.includes(n)))];
  const unknown = names.filter((n) => !lockable.includes(n));
  const notices = unknown.length ? [t(unknown.length === 1 ? 'embed.notice.lockOne' : 'embed.notice.lockMany', { names: unknown.map(quote).join(t('punct.listSeparator')) })] : [];
  return { locked, notices };
}

/** `theme=light|dark|auto` (auto follows the visitor's system); anything else → auto with a notice. */
export function parseTheme(raw: string | null, t: Translate = english): { theme: EmbedTheme; notices: string[] } {
  if (raw === null || raw === '') return { theme: 'auto', notices: [] };
  return (THEMES as readonly string[]).includes(raw)
    ? { theme: raw as EmbedTheme, notices: [] }
    : { theme: 'auto', notices: [t('embed.notice.theme', { value: quote(raw), themes: THEMES.join(t('punct.listSeparator')) })] };
}

export interface Preset {
  id: string;
  values: Readonly<Record<string, KnobValue | undefined>>;
}

/** A knob value as it is written in a URL. */
export function encodeValue(value: KnobValue): string {
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

/**
 * `preset=<id>` → the preset's values written into the query; parameters given explicitly win.
 * `preset` itself is removed. An unknown id is reported.
 */
export function expandPreset(search: URLSearchParams, presets: readonly Preset[], t: Translate = english): { search: URLSearchParams; notices: string[] } {
  const id = search.get('preset');
  if (id === null) return { search, notices: [] };
  const out = new URLSearchParams(search);
  out.delete('preset');
  const preset = presets.find((p) => p.id === id);
  if (!preset) {
    const notice = presets.length
      ? t('embed.notice.presetUnknown', { value: quote(id), ids: presets.map((p) => p.id).join(t('punct.listSeparator')) })
      : t('embed.notice.presetNone', { value: quote(id) });
    return { search: out, notices: [notice] };
  }
  for (const [key, value] of Object.entries(preset.values)) if (value !== undefined && !out.has(key)) out.set(key, encodeValue(value));
  return { search: out, notices: [] };
}
