import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeFailOnMathError } from './rehype-fail-on-math-error';
import { rehypeFocusableDisplayMath } from './rehype-focusable-display-math';
import { assertNoColour, rehypeRefuseColour } from './refuse-colour';
import { texToPlain } from './tex-to-plain';

// Plain Markdown, not MDX: quiz text is data ("a < b" must stay text), and raw HTML is dropped
// because remark-rehype runs without allowDangerousHtml.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeRefuseColour)
  .use(rehypeKatex, { strict: 'error' })
  .use(rehypeFailOnMathError)
  .use(rehypeFocusableDisplayMath);

/** Whether a rendered node is a paragraph. */
export const isParagraph = (node: RootContent | ElementContent): node is Element => node.type === 'element' && node.tagName === 'p';

/** A rendered snippet's blocks (paragraphs, lists, formulas …), without the blank text between them. */
export const blocksOf = (tree: Root): RootContent[] => tree.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));

/**
 * A Markdown snippet with KaTeX math as a hast tree, at build time. `inline` unwraps a lone
 * paragraph so the result fits inside a label or a list item. A formula KaTeX cannot render
 * throws an error naming `file`, failing the build.
 */
export function renderMarkdown(source: string, file: string, { inline = false } = {}): Root {
  const vfile = new VFile({ value: source, path: file });
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  const blocks = blocksOf(tree);
  if (inline && blocks.length === 1 && isParagraph(blocks[0])) {
    return { type: 'root', children: blocks[0].children };
  }
  return tree;
}

declare const buildTime: unique symbol;

/**
 * HTML rendered from content/ at build time by `markdownToHtml` or `texToHtml`. The brand means no other string
 * (from a URL, from storage) can be typed as one, so only this output reaches innerHTML.
 */
export type BuildHtml = { readonly html: string } & { readonly [buildTime]: true };

/** KaTeX's HTML for a formula built at build time (from computed numbers); a bad one throws. */
export function texToHtml(expression: string, display = false): BuildHtml {
  assertNoColour(expression, 'texToHtml');
  return { html: katex.renderToString(expression, { displayMode: display, throwOnError: true, strict: 'error' }) } as BuildHtml;
}

/**
 * The one way content becomes an HTML string: a hast tree built at build time from content/
 * (Markdown, MDX, KaTeX — `raw` nodes are KaTeX's own markup) serialised to HTML.
 */
export function hastToBuildHtml(tree: Root | ElementContent[]): BuildHtml {
  return { html: toHtml(tree, { allowDangerousHtml: true }) } as BuildHtml;
}

/** `renderMarkdown` serialised to an HTML string: about half the size of the same tree as React elements. */
export function markdownToHtml(source: string, file: string, options: { inline?: boolean } = {}): BuildHtml {
  return hastToBuildHtml(renderMarkdown(source, file, options));
}

/** True when a snippet is only math (e.g. a choice "$T\\times d_v$"), so it needs a plain-text name for controls. */
export function isMathOnly(source: string): boolean {
  return !/[\p{L}\p{N}]/u.test(source.replace(/\$\$[^$]+\$\$|\$[^$]+\$/g, ''));
}

/** The text of a Markdown snippet without markup, math as plain text, shortened for lists. */
export function markdownExcerpt(source: string, maxLength = 90): string {
  const text = source
    .split(/(\$\$[^$]+\$\$|\$[^$]+\$)/)
    .map((part, i) => (i % 2 === 1 ? texToPlain(part.replace(/^\$+|\$+$/g, '')) : part.replace(/[*`#>]|(^|\s)_|_(\s|$)/g, '$1$2')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}
