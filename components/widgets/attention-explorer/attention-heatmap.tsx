'use client';

import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useElementWidth } from '@/components/widgets/shared/use-element-width';
import type { ExplorerResult } from '@/lib/widgets/attention-explorer/model';
import { tokenLabel } from '@/lib/widgets/attention-explorer/tokens';
import { useT } from '@/components/i18n/locale-context';
import { formatNumber, weightShade } from './format';

/** A cell of the grid: query row i, key column j. */
export interface Cell {
  i: number;
  j: number;
}

// Below this many CSS px per cell the numbers do not fit: colour only (the numbers stay for screen readers).
const MIN_NUMBER_WIDTH = 34;
const ROW_HEADER_WIDTH = 76;

const MOVES: Record<string, (c: Cell, n: number) => Cell> = {
  ArrowRight: ({ i, j }, n) => ({ i, j: Math.min(n - 1, j + 1) }),
  ArrowLeft: ({ i, j }) => ({ i, j: Math.max(0, j - 1) }),
  ArrowDown: ({ i, j }, n) => ({ i: Math.min(n - 1, i + 1), j }),
  ArrowUp: ({ i, j }) => ({ i: Math.max(0, i - 1), j }),
  Home: ({ i }) => ({ i, j: 0 }),
  End: ({ i }, n) => ({ i, j: n - 1 }),
};

/**
 * One head's attention weights as a grid (rows: queries, columns: keys), shaded by weight, masked
 * cells hatched. One tab stop: arrow keys move the focused cell; hovering or focusing a cell makes
 * it the active one that the details panel explains.
 */
export function AttentionHeatmap({ result, head, active, onActive }: { result: ExplorerResult; head: number; active: Cell; onActive: (cell: Cell) => void }) {
  const t = useT();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const cells = useRef<(HTMLTableCellElement | null)[]>([]);
  const { tokens, isPad, mask } = result;
  const h = result.heads[head];
  const n = tokens.length;
  const compact = width !== null && (width - ROW_HEADER_WIDTH) / n < MIN_NUMBER_WIDTH;
  const label = (i: number) => `${i + 1} ${tokenLabel(tokens[i])}`;
  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(active, n);
    onActive(next);
    cells.current[next.i * n + next.j]?.focus();
  };
  return (
    <div ref={ref} className={compact ? 'attn-map attn-map--compact' : 'attn-map'}>
      <table role="grid" className="attn-map__grid" aria-label={t('attention.map.label', { h: head + 1 })} onKeyDown={onKeyDown} data-testid="attention-map" data-head={head}>
        <thead>
          <tr>
            <th scope="col" className="attn-map__corner">
              {t('attention.map.corner')}
            </th>
            {tokens.map((_, j) => (
              <th key={j} scope="col" className="attn-map__key" data-pad={isPad[j] || undefined} data-active={j === active.j || undefined}>
                <span>{label(j)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((_, i) => (
            <tr key={i} data-pad={isPad[i] || undefined}>
              <th scope="row" className="attn-map__query" data-active={i === active.i || undefined}>
                {label(i)}
              </th>
              {tokens.map((__, j) => {
                const isActive = i === active.i && j === active.j;
                const masked = !mask[i][j];
                const w = h.weights[i][j];
                const shade = weightShade(w);
                const text = masked ? '0' : w.toFixed(2);
                return (
                  <td
                    key={j}
                    ref={(el) => {
                      cells.current[i * n + j] = el;
                    }}
                    role="gridcell"
                    tabIndex={isActive ? 0 : -1}
                    className="attn-cell"
                    style={masked ? undefined : ({ '--attn-mix': `${shade.mix}%` } as CSSProperties)}
                    data-masked={masked || undefined}
                    data-strong={(!masked && shade.strong) || undefined}
                    data-active={isActive || undefined}
                    data-testid="attention-cell"
                    data-row={i}
                    data-col={j}
                    data-weight={w}
                    aria-label={
                      masked
                        ? t('attention.map.masked', { query: label(i), key: label(j) })
                        : t('attention.map.cell', { query: label(i), key: label(j), dot: formatNumber(h.dots[i][j], 2), score: formatNumber(h.scores[i][j], 2), weight: formatNumber(w) })
                    }
                    onMouseEnter={() => onActive({ i, j })}
                    onFocus={() => onActive({ i, j })}
                  >
                    <span className="attn-cell__value">{text}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
