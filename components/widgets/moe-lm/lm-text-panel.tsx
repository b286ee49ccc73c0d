'use client';

import { memo, useId, useMemo } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { unknownNotice } from '@/lib/data/char-vocab';
import { routedTokens } from '@/lib/widgets/moe-lm/routed-tokens';
import type { TextRouting } from '@/lib/widgets/moe-lm/protocol';
import { RoutedText } from './routed-text';

/**
 * The learner's text box and, under it, the same text as the model read it, each character in
 * its top-1 expert's colour for the layer shown; the worker's notices (unknown characters shown
 * as `<unk>`) beside it. Memoised, like the routed text in it: a keystroke redraws the box, a
 * snapshot the colours.
 */
export const LmTextPanel = memo(function LmTextPanel({
  text,
  onText,
  routing,
  layer,
  numExperts,
  locked,
}: {
  text: string;
  onText: (text: string) => void;
  routing: TextRouting | null;
  /** 0-based layer shown. */
  layer: number;
  numExperts: number;
  locked: boolean;
}) {
  const t = useT();
  const id = useId();
  const tokens = useMemo(() => (routing ? routedTokens(routing.chars, routing.ids, routing.routes, layer) : []), [routing, layer]);
  // the worker counts the unknown characters and says so in English; the page says it in its language
  const notices = useMemo(() => {
    if (!routing) return [];
    const english = unknownNotice(routing.unknown);
    const local = unknownNotice(routing.unknown, t);
    return [...routing.notices.filter((n) => n !== english), ...(local ? [local] : [])];
  }, [routing, t]);
  return (
    <section className="panel lm-text" aria-label={t('lm.text.routed', { layer: layer + 1 })}>
      <label htmlFor={id}>{t('lm.text.label')}</label>
      <textarea id={id} className="lm-text__input" value={text} rows={3} spellCheck={false} readOnly={locked} onChange={(e) => onText(e.target.value)} data-testid="lm-text" />
      {notices.length > 0 ? (
        <ul className="notice" role="status" data-testid="text-notices">
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {routing ? <RoutedText tokens={tokens} numExperts={numExperts} layerLabel={layer + 1} /> : <p>{t('lm.text.waiting')}</p>}
    </section>
  );
});
