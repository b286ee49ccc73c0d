import type { Element, ElementContent, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeFailOnMathError } from './rehype-fail-on-math-error';

// Plain Markdown, not MDX: quiz text is data ("a < b" must stay text), and raw HTML is dropped
// because remark-rehype runs without allowDangerousHtml.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'error' })
  .use(rehypeFailOnMathError);

const isParagraph = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'p';

/**
 * A Markdown snippet with KaTeX math as a hast tree, at build time. `inline` unwraps a lone
 * paragraph so the result fits inside a label or a list item. A formula KaTeX cannot render
 * throws an error naming `file`, failing the build.
 */
export function renderMarkdown(source: string, file: string, { inline = false } = {}): Root {
  const vfile = new VFile({ value: source, path: file });
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  const blocks = tree.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  if (inline && blocks.length === 1 && blocks[0].type === 'element' && isParagraph(blocks[0])) {
    return { type: 'root', children: blocks[0].children };
  }
  return tree;
}

/** The text of a Markdown snippet without markup or math rendering, for short excerpts. */
export function markdownExcerpt(source: string, maxLength = 90): string {
  const text = source
    .replace(/\$\$?([^$]+)\$\$?/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}
