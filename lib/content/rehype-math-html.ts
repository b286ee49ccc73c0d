import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** The MDX tag this plugin writes (components/mdx/math-html.tsx); only the build may write it. */
export const MATH_HTML_TAG = 'MathHtml';

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * Turns each formula that rehype-katex produced into one `<MathHtml>` element carrying KaTeX's
 * markup as a string, rendered with innerHTML.
 *
 * Why: a lesson page is a React server component, so every element of its body also travels in
 * the page's RSC payload and is hydrated as a React fiber. KaTeX writes ~50 elements per formula
 * (HTML and MathML): 11,700 of the 12,200 elements of the load-balancing lesson. As strings they
 * are one element each to hydrate, and the payload holds HTML rather than a JSON element tree.
 * The page's HTML is unchanged: the root element keeps its tag, classes and tab stop.
 */
export function rehypeMathHtml() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const named = node as unknown as { type: string; name?: string };
      if ((named.type === 'mdxJsxFlowElement' || named.type === 'mdxJsxTextElement') && named.name === MATH_HTML_TAG) {
        throw new Error(`<${MATH_HTML_TAG}> is written by the build from $…$ math; write the formula instead`);
      }
      if (node.type !== 'element' || parent == null || index == null) return;
      if (!hasClass(node, 'katex-display') && !hasClass(node, 'katex')) return;
      const { className, tabIndex } = node.properties;
      const attributes = [
        { type: 'mdxJsxAttribute', name: 'className', value: Array.isArray(className) ? className.join(' ') : '' },
        { type: 'mdxJsxAttribute', name: 'html', value: toHtml(node.children) },
        ...(tabIndex === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'focusable', value: null }]),
      ];
      parent.children[index] = { type: 'mdxJsxTextElement', name: MATH_HTML_TAG, attributes, children: [] } as unknown as Element;
      return SKIP;
    });
  };
}
