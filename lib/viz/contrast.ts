/**
 * Text on a coloured background (a character on its expert's colour): black or white, whichever
 * has the higher WCAG 2 contrast ratio, so the text reads on every palette colour in either theme.
 */
import { hexToRgb } from './palette';

/** WCAG 2 relative luminance of "#rrggbb" (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, (L₁ + 0.05) / (L₂ + 0.05) with L₁ the lighter (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** '#000000' or '#ffffff', whichever contrasts more with `background`. */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
