import { BuildHtmlView } from '@/components/content/build-html';
import { texToHtml } from '@/lib/content/markdown';

/**
 * A formula built from computed numbers, rendered by KaTeX at build time (only KaTeX's CSS
 * ships; the markup is one string, not a tree of React elements). An invalid expression throws
 * and so fails the build.
 */
export function Tex({ expression, display = false }: { expression: string; display?: boolean }) {
  const html = texToHtml(expression, display);
  // Focusable so keyboard users can scroll a formula wider than the column.
  return display ? <BuildHtmlView block className="math-display" focusable value={html} /> : <BuildHtmlView value={html} />;
}
