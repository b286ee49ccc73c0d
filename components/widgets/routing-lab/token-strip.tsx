'use client';

import { useRef, type KeyboardEvent } from 'react';
import { useT } from '@/components/i18n/locale-context';
import type { RoutingResult } from '@/lib/widgets/routing-lab/route';
import { expertColor } from '@/lib/viz/palette';

const KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The sequence as buttons (one tab stop, arrow keys move): each shows its experts, dropped ones struck through. */
export function TokenStrip({ tokens, result, selected, onSelect }: { tokens: readonly string[]; result: RoutingResult; selected: number; onSelect: (i: number) => void }) {
  const t = useT();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent) => {
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(selected, tokens.length);
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="token-strip" role="toolbar" aria-label={t('routing.tokens.label')} onKeyDown={onKeyDown} data-testid="tokens">
      {tokens.map((token, i) => {
        const experts = result.indices[i];
        const described = experts.length
          ? experts.map((e, j) => t(result.kept[i][j] ? 'routing.tokens.kept' : 'routing.tokens.dropped', { e: e + 1 })).join(t('punct.clauseSeparator'))
          : t('routing.tokens.none');
        return (
          <button
            key={i}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            className="token-chip"
            aria-pressed={i === selected}
            aria-label={`${i + 1} ${token}${t('punct.colon')}${described}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => onSelect(i)}
            data-testid="token"
          >
            <span className="token-chip__text">{token}</span>
            <span className="token-chip__experts" aria-hidden="true">
              {experts.length === 0 ? '∅' : null}
              {experts.map((e, j) => {
                const label = String(e + 1);
                return (
                  <span key={e} className="token-chip__expert" style={{ borderColor: expertColor(e) }} data-dropped={!result.kept[i][j] || undefined}>
                    {result.kept[i][j] ? label : <s>{label}</s>}
                  </span>
                );
              })}
            </span>
          </button>
        );
      })}
    </div>
  );
}
