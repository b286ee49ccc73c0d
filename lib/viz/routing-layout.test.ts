import { describe, expect, it } from 'vitest';
import { routeSequence, type RoutingInput } from '@/lib/widgets/routing-lab/route';
import { DEFAULT_SENTENCE, tokenize, toyLogits } from '@/lib/widgets/routing-lab/tokens';
import { COMPACT_GEOMETRY, layoutRouting, ROUTING_GEOMETRY, shortLabel } from './routing-layout';

const tokens = tokenize(DEFAULT_SENTENCE);
const BASE: RoutingInput = {
  logits: toyLogits(tokens, 8, 1, 1), mode: 'top-k', k: 2, renormalize: true, capacityFactor: 1,
  threshold: 0.6, shared: 0, noise: false, seed: 1, bias: null,
};

describe('layoutRouting', () => {
  const result = routeSequence(BASE);
  const layout = layoutRouting(tokens, result);

  it('draws one link per assignment, dashed ones for the dropped, wider for larger gates', () => {
    expect(layout.links).toHaveLength(20);
    expect(layout.links.filter((l) => !l.kept)).toHaveLength(result.dropped);
    for (const l of layout.links) {
      expect(l.d.startsWith(`M${ROUTING_GEOMETRY.linkLeft},`)).toBe(true);
      expect(l.strokeWidth).toBeCloseTo(1 + 8 * result.weights[l.token][l.expert], 12);
    }
  });

  it('gives each expert C slots filled in priority order, then its overflow', () => {
    layout.experts.forEach((block, e) => {
      const buffer = result.buffers[e];
      const slots = block.cells.filter((c) => !c.overflow);
      expect(slots).toHaveLength(result.capacity ?? 0);
      expect(slots.filter((c) => c.token !== null).map((c) => c.token)).toEqual(buffer.filter((a) => a.kept).map((a) => a.token));
      expect(block.cells.filter((c) => c.overflow).map((c) => c.token)).toEqual(buffer.filter((a) => !a.kept).map((a) => a.token));
    });
  });

  it('keeps everything inside the drawing and blocks in order', () => {
    for (const t of layout.tokens) expect(t.y).toBeLessThan(layout.height);
    const last = layout.experts[layout.experts.length - 1];
    expect(last.y + last.height).toBeLessThanOrEqual(layout.height - ROUTING_GEOMETRY.margin + 1e-9);
    for (let e = 1; e < layout.experts.length; e++) expect(layout.experts[e].y).toBeGreaterThan(layout.experts[e - 1].y);
  });

  it('places shared experts above the routed ones with a link from every token', () => {
    const shared = layoutRouting(tokens, routeSequence({ ...BASE, shared: 2 }));
    expect(shared.shared).toHaveLength(2);
    expect(shared.experts[0].y).toBeGreaterThan(shared.shared[1].y);
    expect(shared.sharedLinks.map((paths) => paths.length)).toEqual(new Array(10).fill(2));
  });

  it('fits the compact geometry: links and experts inside its narrower width', () => {
    const compact = layoutRouting(tokens, result, COMPACT_GEOMETRY);
    expect(compact.width).toBe(COMPACT_GEOMETRY.width);
    for (const block of compact.experts) for (const c of block.cells) expect(c.x + COMPACT_GEOMETRY.slotWidth).toBeLessThanOrEqual(COMPACT_GEOMETRY.expertLeft + COMPACT_GEOMETRY.expertWidth);
    expect(compact.tokens[6].label).toBe('because');
    expect(layoutRouting(['extraordinary', ...tokens.slice(1)], result, COMPACT_GEOMETRY).tokens[0].label).toBe('extrao…');
  });

  it('never draws more slots than tokens, even for a huge capacity', () => {
    const big = layoutRouting(tokens, routeSequence({ ...BASE, capacityFactor: 4, k: 8 }));
    for (const block of big.experts) expect(block.cells.length).toBeLessThanOrEqual(10);
  });
});

describe('shortLabel', () => {
  it('cuts long tokens with an ellipsis', () => {
    expect(shortLabel('cat')).toBe('cat');
    expect(shortLabel('internationalisation')).toBe('internation…');
  });
});
