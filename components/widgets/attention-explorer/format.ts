/** A number for the explorer's labels: fixed decimals, a real minus sign, −∞ spelled out. */
export function formatNumber(x: number, digits = 3): string {
  if (x === -Infinity) return '−∞';
  const s = x.toFixed(digits);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

/** The softmax's argument as the learner reads it: q·k, divided by √d_k (when scaling) and τ (when not 1). */
export function scoreFormula(dk: number, scale: boolean, temp: number): string {
  if (scale && temp !== 1) return `q·k / (√${dk} · ${temp})`;
  if (scale) return `q·k / √${dk}`;
  if (temp !== 1) return `q·k / ${temp}`;
  return 'q·k';
}

/**
 * Background mix (percent of the accent colour) for a weight in [0, 1], and whether the cell's
 * text should use the accent's text colour. The ramp skips 55–80 %, where neither the normal nor
 * the accent text colour reaches 4.5:1 contrast in the light or the dark theme.
 */
export function weightShade(w: number): { mix: number; strong: boolean } {
  if (w < 0.5) return { mix: Math.round(w * 110), strong: false };
  return { mix: Math.round(80 + (w - 0.5) * 40), strong: true };
}
