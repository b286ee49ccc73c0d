'use client';

import { useMemo } from 'react';
import { useT } from '@/components/i18n/locale-context';
import type { RoutingResult } from '@/lib/widgets/routing-lab/route';
import { expertColor } from '@/lib/viz/palette';
import { COMPACT_GEOMETRY, layoutRouting, ROUTING_GEOMETRY } from '@/lib/viz/routing-layout';
import { useElementWidth } from '@/components/widgets/shared/use-element-width';

// Below this width (CSS px) the wide drawing would need sideways scrolling: use the compact one.
const COMPACT_BELOW = 520;

/**
 * Token → expert view: links as wide as the gate weight (dashed when dropped), each expert's
 * buffer of capacity slots in priority order, then its overflow struck through. Hovering a token,
 * a link or a slot selects that token; the token strip does the same from the keyboard.
 */
export function RoutingDiagram({ tokens, result, selected, onSelect }: { tokens: readonly string[]; result: RoutingResult; selected: number; onSelect: (i: number) => void }) {
  const t = useT();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const compact = width !== null && width < COMPACT_BELOW;
  const layout = useMemo(() => layoutRouting(tokens, result, compact ? COMPACT_GEOMETRY : ROUTING_GEOMETRY), [tokens, result, compact]);
  const G = layout.geometry;
  const summary = t('routing.view.summary', {
    t: tokens.length,
    n: result.load.length,
    kept: result.indices.flat().length - result.dropped,
    dropped: result.dropped,
    loads: result.load.map((l, e) => `E${e + 1} ${l}`).join(', '),
  });
  // the selected token's links go last so they are drawn on top
  const links = [...layout.links].sort((a, b) => Number(a.token === selected) - Number(b.token === selected));
  return (
    <figure className="chart routing-diagram">
      <figcaption className="chart__title">{t('routing.view.title')}</figcaption>
      <div ref={ref} className="routing-diagram__scroll" tabIndex={0} role="region" aria-label={t('routing.view.scroll')}>
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={summary} className={compact ? 'routing-diagram__svg routing-diagram__svg--compact' : 'routing-diagram__svg'} data-testid="routing-diagram">
          {layout.sharedLinks[selected]?.map((d, i) => <path key={`s${i}`} d={d} className="routing-link routing-link--shared" />)}
          {links.map((l) => (
            <path
              key={`${l.token}-${l.expert}`}
              d={l.d}
              stroke={expertColor(l.expert)}
              strokeWidth={l.strokeWidth}
              className={`routing-link${l.kept ? '' : ' routing-link--dropped'}${l.token === selected ? ' routing-link--selected' : ''}`}
              onMouseEnter={() => onSelect(l.token)}
            />
          ))}
          {layout.tokens.map((tok) => (
            <g key={tok.index} onMouseEnter={() => onSelect(tok.index)} onClick={() => onSelect(tok.index)} className="routing-token">
              <rect x={0} y={tok.y - 8} width={G.tokenRight + 4} height={16} className={tok.index === selected ? 'routing-token__hit routing-token__hit--selected' : 'routing-token__hit'} />
              <text x={G.tokenRight} y={tok.y} textAnchor="end" dominantBaseline="middle" className="routing-token__label">
                {`${tok.index + 1} ${tok.label}`}
              </text>
            </g>
          ))}
          {layout.shared.map((s) => (
            <g key={`shared${s.index}`}>
              <rect x={G.expertLeft} y={s.y} width={G.expertWidth} height={G.sharedHeight} rx={4} className="routing-expert routing-expert--shared" />
              <text x={G.expertLeft + 6} y={s.y + G.sharedHeight / 2} dominantBaseline="middle" className="routing-expert__label">
                {t('routing.view.shared', { i: s.index + 1 })}
              </text>
            </g>
          ))}
          {layout.experts.map((block) => (
            <g key={block.expert}>
              <rect x={G.expertLeft} y={block.y} width={G.expertWidth} height={block.height} rx={4} className="routing-expert" stroke={expertColor(block.expert)} />
              <rect x={G.expertLeft} y={block.y} width={6} height={block.height} fill={expertColor(block.expert)} />
              <text x={G.expertLeft + 10} y={block.y + G.headerHeight / 2 + 1} dominantBaseline="middle" className="routing-expert__label">
                {result.capacity === null
                  ? t('routing.view.expertLoad', { e: block.expert + 1, load: result.load[block.expert] })
                  : t('routing.view.expertCap', { e: block.expert + 1, load: result.load[block.expert], c: result.capacity })}
              </text>
              {block.cells.map((cell, i) => (
                <g key={i} onMouseEnter={cell.token === null ? undefined : () => onSelect(cell.token as number)}>
                  <rect
                    x={cell.x}
                    y={cell.y}
                    width={G.slotWidth}
                    height={G.slotHeight}
                    rx={2}
                    fill={cell.token !== null && !cell.overflow ? expertColor(block.expert) : 'none'}
                    className={`routing-slot${cell.overflow ? ' routing-slot--overflow' : ''}${cell.token === null ? ' routing-slot--empty' : ''}${cell.token === selected ? ' routing-slot--selected' : ''}`}
                  />
                  {cell.token !== null ? (
                    <text x={cell.x + G.slotWidth / 2} y={cell.y + G.slotHeight / 2 + 1} textAnchor="middle" dominantBaseline="middle" className={cell.overflow ? 'routing-slot__label routing-slot__label--dropped' : 'routing-slot__label'}>
                      {cell.token + 1}
                    </text>
                  ) : null}
                </g>
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}
