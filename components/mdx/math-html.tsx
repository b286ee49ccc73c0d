/**
 * A formula of a lesson, as KaTeX rendered it at build time (`lib/content/rehype-math-html.ts`
 * writes this tag from `$…$` and refuses it written by hand, so `html` is only KaTeX's output).
 */
export function MathHtml({ className, html, focusable = false }: { className: string; html: string; focusable?: boolean }) {
  // Focusable display math: keyboard users can scroll a formula wider than the column.
  return <span className={className} tabIndex={focusable ? 0 : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
}
