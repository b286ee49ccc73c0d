'use client';

import { memo, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { ChartData } from '@/components/charts/chart-data';
import { useT } from '@/components/i18n/locale-context';
import { expertColor } from '@/lib/viz/palette';
import { moveFocus, type RoutedToken } from '@/lib/widgets/moe-lm/routed-tokens';
import { ExpertLegend } from './expert-legend';
import { RoutedTextBody, spokenChar } from './routed-text-body';

export interface RoutedTextProps {
  tokens: readonly RoutedToken[];
  numExperts: number;
  /** The layer shown, 1-based, for the captions. */
  layerLabel: number;
  /** Accessible name of the text (default: "Text coloured by each character's top-1 expert in layer n"). */
  label?: string;
}

const indexOf = (target: EventTarget | null): number | null => {
  const el = target instanceof Element ? target.closest('[data-index]') : null;
  return el ? Number(el.getAttribute('data-index')) : null;
};

/**
 * The learner's text, each character on its top-1 expert's colour. One tab stop: the arrow keys
 * move between characters (↑/↓ by line), and focus or hover shows every expert's routing
 * probability and whether the character was dropped. A table of every character is the
 * alternative for a screen reader (and for exact values). Memoised: it redraws when its tokens do.
 */
export const RoutedText = memo(function RoutedText({ tokens, numExperts, layerLabel, label }: RoutedTextProps) {
  const t = useT();
  const [active, setActive] = useState(0);
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const detailId = useId();
  const current = Math.min(active, Math.max(0, tokens.length - 1));
  const shown = hover ?? (focused ? current : null);

  const focusIndex = (i: number) => {
    setActive(i);
    box.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = moveFocus(
      tokens.map((tk) => tk.char),
      current,
      e.key,
    );
    if (next === null) return;
    e.preventDefault();
    focusIndex(next);
  };
  const onFocus = (e: FocusEvent) => {
    const i = indexOf(e.target);
    if (i !== null) setActive(i);
    setFocused(true);
  };
  const onBlur = (e: FocusEvent) => {
    if (!box.current?.contains(e.relatedTarget as Node | null)) setFocused(false);
  };
  const onMouseOver = (e: MouseEvent) => setHover(indexOf(e.target));
  const onClick = (e: MouseEvent) => {
    const i = indexOf(e.target);
    if (i !== null) focusIndex(i);
  };

  if (tokens.length === 0) return <p className="routed-text__empty">{t('lmStats.text.empty')}</p>;
  const counts = new Array<number>(numExperts).fill(0);
  for (const tk of tokens) counts[tk.expert]++;
  const dropped = tokens.filter((tk) => tk.dropped).length;

  return (
    <div className="routed-text" data-testid="routed-text">
      <div
        ref={box}
        className="routed-text__body"
        role="listbox"
        aria-label={label ?? t('lmStats.text.label', { layer: layerLabel })}
        aria-describedby={detailId}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
        onMouseOver={onMouseOver}
        onMouseLeave={() => setHover(null)}
        onClick={onClick}
      >
        <RoutedTextBody tokens={tokens} active={current} t={t} />
      </div>
      <p className="visually-hidden">{t('lmStats.text.summary', { n: tokens.length, layer: layerLabel, dropped })}</p>
      <div className="routed-detail" id={detailId} data-testid="routed-detail">
        {shown === null ? <p className="routed-detail__hint">{t('lmStats.detail.hint')}</p> : <TokenDetail token={tokens[shown]} index={shown} n={tokens.length} layerLabel={layerLabel} />}
      </div>
      <ExpertLegend numExperts={numExperts} shares={counts.map((c) => c / tokens.length)} t={t} />
      <ChartData
        caption={t('lmStats.table.textCaption', { layer: layerLabel })}
        head={[t('lmStats.table.index'), t('lmStats.table.char'), t('lmStats.table.top1'), t('lmStats.table.dropped'), ...Array.from({ length: numExperts }, (_, e) => `p(${t('lmStats.expert', { expert: e + 1 })})`)]}
        rows={() => tokens.map((tk, i) => [i + 1, spokenChar(tk, t), tk.expert + 1, t(tk.dropped ? 'lmStats.table.yes' : 'lmStats.table.no'), ...tk.probs.map((p) => Number(p.toFixed(3)))])}
      />
    </div>
  );
});

/** One character's routing: its top-1, whether it was dropped, and every expert's probability as a bar. */
export function TokenDetail({ token, index, n, layerLabel }: { token: RoutedToken; index: number; n: number; layerLabel: number }) {
  const t = useT();
  return (
    <>
      <p className="routed-detail__head">
        {t('lmStats.detail.head', { char: spokenChar(token, t), index: index + 1, n, layer: layerLabel, expert: token.expert + 1 })}
        {t('punct.sentenceEnd')}
        <span data-dropped={String(token.dropped)}>{t(token.dropped ? 'lmStats.detail.dropped' : 'lmStats.detail.kept')}</span>
      </p>
      <ul className="routed-detail__gates" aria-label={t('lmStats.detail.gates')}>
        {token.probs.map((p, e) => (
          <li key={e} data-top={e === token.expert || undefined}>
            <span className="routed-detail__name">
              <span className="chart__swatch" style={{ background: expertColor(e) }} aria-hidden="true" />
              {t('lmStats.expert', { expert: e + 1 })}
            </span>
            <span className="routed-detail__bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%`, background: expertColor(e) }} />
            </span>
            <span className="routed-detail__value">{p.toFixed(3)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
