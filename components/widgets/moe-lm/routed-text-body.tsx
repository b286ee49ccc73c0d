import { Fragment } from 'react';
import { t } from '@/lib/i18n';
import { textOn } from '@/lib/viz/contrast';
import { expertColor } from '@/lib/viz/palette';
import { wrapRuns, type RoutedToken } from '@/lib/widgets/moe-lm/routed-tokens';
import './moe-lm-views.css';

/** How a character reads aloud (a space or a line break has no glyph to read). */
export function spokenChar(token: RoutedToken): string {
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
 * The coloured characters alone, without state (so the home page can render it with no script):
 * each on its top-1 expert's colour with black or white text, whichever reads better on it.
 * `active` makes the text interactive: that character is the one tab stop (roving tabindex) and
 * every character names itself and its expert to a screen reader.
 */
export function RoutedTextBody({ tokens, active }: { tokens: readonly RoutedToken[]; active?: number }) {
  const chars = tokens.map((tk) => tk.char);
  const interactive = active !== undefined;
  return (
    <>
      {wrapRuns(chars).map((run) => (
        <span key={run[0]} className="routed-run">
          {run.map((i) => {
            const tk = tokens[i];
            const color = expertColor(tk.expert);
            return (
              <Fragment key={i}>
                <span
                  className="routed-token"
                  data-testid="routed-token"
                  data-index={i}
                  data-expert={tk.expert}
                  data-dropped={String(tk.dropped)}
                  data-unknown={tk.unknown || undefined}
                  style={{ background: color, color: textOn(color) }}
                  role={interactive ? 'button' : undefined}
                  tabIndex={interactive ? (i === active ? 0 : -1) : undefined}
                  aria-label={
                    interactive ? t(tk.dropped ? 'lmStats.text.tokenDropped' : 'lmStats.text.token', { char: spokenChar(tk), expert: tk.expert + 1 }) : undefined
                  }
                >
                  {shownChar(tk)}
                </span>
                {tk.char === '\n' ? <br /> : null}
              </Fragment>
            );
          })}
        </span>
      ))}
    </>
  );
}
