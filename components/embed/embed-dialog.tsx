'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { LOCALES, splitLocale, type Locale, type MessageKey } from '@/lib/i18n';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { lockableNames } from '@/lib/widgets/entry';
import { getPageWidget } from './embed-store';
import { THEMES, type EmbedTheme } from '@/lib/embed/sanitize';
import { buildEmbedUrl, buildSnippet, MAX_HEIGHT, MIN_HEIGHT } from '@/lib/embed/snippet';
import { widgetQuery } from '@/lib/embed/state';

// Lockable parts that are not knobs (their knobs carry their own labels).
const EXTRA_LOCKS: Record<string, MessageKey> = { preset: 'embed.lock.preset', text: 'embed.lock.text', model: 'embed.lock.model' };

/** What an Embed button embeds: the page's widget by id (see lib/widgets/registry) or any embed route. */
export interface EmbedTarget {
  /** the frame's title for screen readers on the host page */
  title: string;
  widget?: string;
  /** the embed route when there is no widget id, e.g. /embed/quiz/moe-routing */
  path?: string;
}

/** A modal <dialog>: focus stays inside (showModal), Esc closes, focus returns to the button (onClose). */
export function EmbedDialog({ target, onClose }: { target: EmbedTarget; onClose: () => void }) {
  const t = useT();
  const pageLocale = useLocale();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  // the page's own widget (its route gave the store its entry): the dialog opens on its page only
  const widget = target.widget ? getPageWidget(target.widget) : undefined;
  // the English route: the language is chosen below and put back by buildEmbedUrl
  const path = splitLocale(widget?.embed ?? target.path ?? '/').path;
  // The page's live state, read once when the dialog opens.
  const [state] = useState(() => {
    const search = new URLSearchParams(window.location.search);
    return { query: widgetQuery(widget, search), origin: window.location.origin };
  });
  const [lock, setLock] = useState<string[]>([]);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [lang, setLang] = useState<Locale>(pageLocale);
  const [autoplay, setAutoplay] = useState(state.query.get('autoplay') === '1');
  const [until, setUntil] = useState(Number(state.query.get('until') ?? 0) || 0);
  const [height, setHeight] = useState(widget ? 900 : 640);
  const [resize, setResize] = useState(true);
  const [copied, setCopied] = useState('');

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const options = { origin: state.origin, path, query: state.query, lock, theme, lang, autoplay: widget?.trains ? autoplay : false, until: widget?.trains ? until : 0 };
  const src = buildEmbedUrl(options);
  const snippet = buildSnippet({ ...options, height, title: target.title, resize });
  const labels = new Map<string, string>(widget?.knobs.map((k) => [k.key, k.labelKey ? t(k.labelKey) : k.label]));
  const lockable = widget ? lockableNames(widget) : [];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(t('embed.copied'));
    } catch {
      // No clipboard permission (or an old browser): select the text so Ctrl+C copies it.
      const area = snippetRef.current;
      area?.focus();
      area?.select();
      const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
      setCopied(ok ? t('embed.copied') : t('embed.copyManual'));
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} data-testid="embed-dialog" onClose={onClose}>
      <div className="embed-dialog__head">
        <h2 id={`${id}-title`}>{t('embed.dialog.title')}</h2>
        <button type="button" className="button button--small" onClick={() => dialog.current?.close()}>
          {t('embed.close')}
        </button>
      </div>
      <p className="embed-dialog__lead">{t('embed.dialog.lead')}</p>
      <div className="embed-dialog__body">
        <div className="embed-dialog__options">
          {lockable.length > 0 ? (
            <fieldset>
              <legend>{t('embed.lock')}</legend>
              <div className="embed-dialog__locks">
                {lockable.map((name) => (
                  <label key={name}>
                    <input
                      type="checkbox"
                      name="lock"
                      value={name}
                      checked={lock.includes(name)}
                      onChange={(e) => setLock(e.target.checked ? [...lock, name].sort((a, b) => lockable.indexOf(a) - lockable.indexOf(b)) : lock.filter((n) => n !== name))}
                    />{' '}
                    {labels.get(name) ?? (name in EXTRA_LOCKS ? t(EXTRA_LOCKS[name]) : name)}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <label className="embed-dialog__field">
            {t('embed.lang')}
            <select value={lang} data-testid="embed-lang" onChange={(e) => setLang(e.target.value as Locale)}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l === 'zh' ? 'zh-Hans' : 'en'}>
                  {t(`embed.lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="embed-dialog__field">
            {t('embed.theme')}
            <select value={theme} data-testid="embed-theme" onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`embed.theme.${th}`)}
                </option>
              ))}
            </select>
          </label>
          {widget?.trains ? (
            <>
              <label className="embed-dialog__check">
                <input type="checkbox" checked={autoplay} data-testid="embed-autoplay" onChange={(e) => setAutoplay(e.target.checked)} /> {t('embed.autoplay')}
              </label>
              <label className="embed-dialog__field">
                {t('embed.until')}
                <input type="number" min={0} max={1_000_000} step={100} value={until} onChange={(e) => setUntil(Math.max(0, Math.min(1_000_000, Math.round(Number(e.target.value) || 0))))} />
              </label>
            </>
          ) : null}
          <label className="embed-dialog__field">
            {t('embed.height')}
            <input type="number" min={MIN_HEIGHT} max={MAX_HEIGHT} step={20} value={height} data-testid="embed-height" onChange={(e) => setHeight(Math.round(Number(e.target.value) || MIN_HEIGHT))} />
          </label>
          <label className="embed-dialog__check">
            <input type="checkbox" checked={resize} onChange={(e) => setResize(e.target.checked)} /> {t('embed.resize')}
          </label>
          <label className="embed-dialog__field" htmlFor={`${id}-snippet`}>
            {t('embed.snippet')}
          </label>
          <textarea id={`${id}-snippet`} ref={snippetRef} className="embed-dialog__snippet" data-testid="embed-snippet" readOnly rows={5} value={snippet} />
          <div className="embed-dialog__copy">
            <button type="button" className="button button--primary" data-testid="embed-copy" onClick={copy}>
              {t('embed.copy')}
            </button>
            <span role="status" data-testid="embed-copied">
              {copied}
            </span>
          </div>
        </div>
        <div className="embed-dialog__preview">
          <p className="embed-dialog__label">{t('embed.preview')}</p>
          <iframe src={src} title={t('embed.previewTitle', { title: target.title })} data-testid="embed-preview" />
        </div>
      </div>
    </dialog>
  );
}
