import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import katex from 'katex';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/**
 * A formula built from computed numbers, rendered by KaTeX on the server into React elements
 * (only KaTeX's CSS ships). An invalid expression throws and so fails the build.
 */
export function Tex({ expression, display = false }: { expression: string; display?: boolean }) {
  const html = katex.renderToString(expression, { displayMode: display, throwOnError: true, strict: 'error' });
  const elements = toJsxRuntime(fromHtmlIsomorphic(html, { fragment: true }), { Fragment, jsx, jsxs });
  // Focusable so keyboard users can scroll a formula wider than the column.
  return display ? (
    <div className="math-display" tabIndex={0}>
      {elements}
    </div>
  ) : (
    <span>{elements}</span>
  );
}
