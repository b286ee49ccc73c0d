/**
 * Expert colours: Okabe & Ito's colour-blind-safe eight first (grey for their black, visible on both themes), then Paul Tol's "muted" set, so
 * small N (the usual case) gets the safest colours. Charts also label experts by number.
 */
export const EXPERT_COLORS = [
  '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999',
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#AA4499',
] as const;

/** Class colours for decision boundaries (blue / orange first: distinguishable for all common CVD). */
export const CLASS_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'] as const;

/** The colour of expert `e` (cycles past 16). */
export function expertColor(e: number): string {
  return EXPERT_COLORS[e % EXPERT_COLORS.length];
}

/** "#rrggbb" → [r, g, b] in 0..255. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
