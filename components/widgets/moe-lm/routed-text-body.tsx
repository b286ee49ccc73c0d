import { memo, type CSSProperties } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { textOn } from '@/lib/viz/contrast';
import { EXPERT_COLORS, expertColor } from '@/lib/viz/palette';
import { wrapRuns, type RoutedToken } from '@/lib/widgets/moe-lm/routed-tokens';
import './moe-lm-views.css';

/** How a character reads aloud (a space or a line break has no glyph to read). */
/** The page's `t` (useT in a client component, getT on the server): these components render in both. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function spokenChar(token: RoutedToken, t: Translate): string {
  if (token.unknown) return t('lmStats.text.unknown');
  if (token.char === '\n') return t('lmStats.text.newline');
  if (token.char === ' ') return t('lmStats.text.space');
  return token.char;
}

/** What a character shows: line breaks as ↵ (then the break), `<unk>` as itself. */
function shownChar(token: RoutedToken): string {
  return token.char === '\n' ? '↵' : token.char;
}

/**
 * One character's span, memoised on plain values, so a snapshot that routes the text again
 * updates only the characters whose expert (or drop, or selection) it changed. With an `index`
 * it is an option of the listbox: `selected` makes it the tab stop, `label` names it.
 */
const TokenSpan = memo(function TokenSpan({ shown, expert, dropped, unknown, index, selected, label }: { shown: string; expert: number; dropped: boolean; unknown: boolean; index?: number; selected?: boolean; label?: string }) {
  const props: Record<string, string | number | boolean | CSSProperties> = {
    className: 'routed-token',
    'data-testid': 'routed-token',
    'data-expert': expert,
    'data-dropped': String(dropped),
  };
  if (unknown) props['data-unknown'] = true;
  // the stylesheet colours the palette's 16; past them (fine-grained segments) the palette cycles
  if (expert >= EXPERT_COLORS.length) props.style = { background: expertColor(expert), color: textOn(expertColor(expert)) };
  if (index !== undefined) Object.assign(props, { 'data-index': index, role: 'option', 'aria-selected': selected === true, tabIndex: selected ? 0 : -1, 'aria-label': label });
  return <span {...props}>{shown}</span>;
});

/**
 * The coloured characters alone, without state (so the home page can render it with no script):
 * each on its top-1 expert's colour (moe-lm-views.css, by data-expert) with black or white text,
 * whichever reads better on it. `active` makes the text interactive, a listbox of characters: the
 * selected one is the one tab stop (roving tabindex) and every character names itself and its
 * expert to a screen reader. Static, a character carries only what it shows (the home page's HTML
 * holds each span twice, once as markup and once in the page's payload).
 */
export function RoutedTextBody({ tokens, active, t }: { tokens: readonly RoutedToken[]; active?: number; t?: Translate }) {
  const chars = tokens.map((tk) => tk.char);
  return wrapRuns(chars).map((run) => (
    <span key={run[0]} className="routed-run">
      {run.flatMap((i) => {
        const tk = tokens[i];
        const option = active !== undefined && t ? { index: i, selected: i === active, label: t(tk.dropped ? 'lmStats.text.tokenDropped' : 'lmStats.text.token', { char: spokenChar(tk, t), expert: tk.expert + 1 }) } : {};
        const span = <TokenSpan key={i} shown={shownChar(tk)} expert={tk.expert} dropped={tk.dropped} unknown={tk.unknown} {...option} />;
        return tk.char === '\n' ? [span, <br key={`br${i}`} />] : [span];
      })}
    </span>
  ));
}
