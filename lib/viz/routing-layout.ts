import { linkHorizontal } from 'd3';
import type { RoutingResult } from '@/lib/widgets/routing-lab/route';

/** Geometry of the token → expert view, in SVG user units (the SVG scales to its box). */
export interface RoutingGeometry {
  width: number;
  margin: number;
  tokenRight: number;
  linkLeft: number;
  linkRight: number;
  expertLeft: number;
  expertWidth: number;
  rowHeight: number;
  headerHeight: number;
  slotWidth: number;
  slotHeight: number;
  slotGap: number;
  blockGap: number;
  sharedHeight: number;
  /** longest token label before the ellipsis */
  labelChars: number;
}

export const ROUTING_GEOMETRY: RoutingGeometry = {
  width: 584,
  margin: 8,
  tokenRight: 96,
  linkLeft: 104,
  linkRight: 326,
  expertLeft: 334,
  expertWidth: 246,
  rowHeight: 18,
  headerHeight: 18,
  slotWidth: 18,
  slotHeight: 14,
  slotGap: 2,
  blockGap: 8,
  sharedHeight: 26,
  labelChars: 12,
};

/** Narrow screens: shorter links and labels, so experts stay in view at a readable scale. */
export const COMPACT_GEOMETRY: RoutingGeometry = {
  ...ROUTING_GEOMETRY,
  width: 392,
  tokenRight: 70,
  linkLeft: 76,
  linkRight: 168,
  expertLeft: 174,
  expertWidth: 214,
  labelChars: 7,
};

const slotsPerRow = (G: RoutingGeometry) => Math.floor((G.expertWidth - 8) / (G.slotWidth + G.slotGap));

/** One cell of an expert's buffer: a capacity slot (kept or empty) or an overflow (dropped) cell. */
export interface SlotCell {
  x: number;
  y: number;
  token: number | null;
  overflow: boolean;
}

export interface ExpertBlock {
  expert: number;
  y: number;
  height: number;
  cells: SlotCell[];
}

export interface RoutingLink {
  token: number;
  expert: number;
  rank: number;
  kept: boolean;
  weight: number;
  d: string;
  strokeWidth: number;
}

export interface RoutingLayout {
  geometry: RoutingGeometry;
  width: number;
  height: number;
  tokens: { index: number; label: string; y: number }[];
  shared: { index: number; y: number }[];
  experts: ExpertBlock[];
  links: RoutingLink[];
  /** per token, the paths to each shared expert */
  sharedLinks: string[][];
}

/** A token as the diagram labels it: at most `max` characters, then an ellipsis. */
export function shortLabel(token: string, max = 12): string {
  return token.length > max ? `${token.slice(0, max - 1)}…` : token;
}

// Capacity slots to draw: an expert never receives more than one assignment per token.
function slotCount(result: RoutingResult, tokens: number, expert: number): number {
  return result.capacity === null ? result.buffers[expert].length : Math.min(result.capacity, tokens);
}

const link = linkHorizontal();

/**
 * Lays out tokens (left), shared and routed experts (right) with their buffers, and one cubic link
 * per assignment whose width grows with the gate weight. Pure: d3 only computes path strings.
 */
export function layoutRouting(tokenLabels: readonly string[], result: RoutingResult, G: RoutingGeometry = ROUTING_GEOMETRY): RoutingLayout {
  const T = tokenLabels.length;
  const perRow = slotsPerRow(G);
  const numShared = result.sharedWeights[0]?.length ?? 0;
  const heights = result.buffers.map((buffer, e) => {
    const cells = slotCount(result, T, e) + buffer.filter((a) => !a.kept).length;
    return G.headerHeight + Math.max(1, Math.ceil(cells / perRow)) * (G.slotHeight + G.slotGap) + 6;
  });
  const expertsHeight = numShared * (G.sharedHeight + G.blockGap) + heights.reduce((s, h) => s + h + G.blockGap, 0) - G.blockGap;
  const height = Math.max(T * G.rowHeight, expertsHeight) + 2 * G.margin;
  const rowHeight = (height - 2 * G.margin) / T;
  const tokens = tokenLabels.map((label, index) => ({ index, label: shortLabel(label, G.labelChars), y: G.margin + (index + 0.5) * rowHeight }));
  // spread the expert blocks over the full height when the token column is taller
  const spare = (height - 2 * G.margin - expertsHeight) / Math.max(1, numShared + heights.length - 1);
  let y = G.margin;
  const shared = Array.from({ length: numShared }, (_, index) => {
    const block = { index, y };
    y += G.sharedHeight + G.blockGap + spare;
    return block;
  });
  const experts = heights.map((h, expert) => {
    const block = { expert, y, height: h, cells: cellsOf(result, T, expert, y, G) };
    y += h + G.blockGap + spare;
    return block;
  });
  const links = result.buffers.flatMap((buffer, expert) =>
    buffer.map((a, i) => {
      const block = experts[expert];
      const targetY = block.y + 4 + ((i + 0.5) * (block.height - 8)) / buffer.length;
      const fan = result.indices[a.token].length;
      const sourceY = tokens[a.token].y + (result.indices[a.token].indexOf(expert) - (fan - 1) / 2) * 2;
      return {
        token: a.token,
        expert,
        rank: a.rank,
        kept: a.kept,
        weight: a.weight,
        d: link({ source: [G.linkLeft, sourceY], target: [G.linkRight, targetY] }) ?? '',
        strokeWidth: 1 + 8 * a.weight,
      };
    }),
  );
  const sharedLinks = tokens.map((tok) => shared.map((s) => link({ source: [G.linkLeft, tok.y], target: [G.linkRight, s.y + G.sharedHeight / 2] }) ?? ''));
  return { geometry: G, width: G.width, height, tokens, shared, experts, links, sharedLinks };
}

function cellsOf(result: RoutingResult, T: number, expert: number, top: number, G: RoutingGeometry): SlotCell[] {
  const perRow = slotsPerRow(G);
  const buffer = result.buffers[expert];
  const kept = buffer.filter((a) => a.kept);
  const overflow = buffer.filter((a) => !a.kept);
  const slots = slotCount(result, T, expert);
  const entries = [
    ...Array.from({ length: slots }, (_, i) => ({ token: kept[i]?.token ?? null, overflow: false })),
    ...overflow.map((a) => ({ token: a.token, overflow: true })),
  ];
  return entries.map((entry, i) => ({
    ...entry,
    x: G.expertLeft + 4 + (i % perRow) * (G.slotWidth + G.slotGap),
    y: top + G.headerHeight + Math.floor(i / perRow) * (G.slotHeight + G.slotGap),
  }));
}
