import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { storedHeadingText } from './rehype-heading-ids';

/** One heading of a lesson's table of contents. */
export interface TocEntry {
  id: string;
  /** plain text, formulas read as "√d_k" */
  text: string;
  /** the heading with its formulas as `$…$` TeX, for typesetting in the contents */
  tex: string;
  depth: 2 | 3;
}

/** Collects h2/h3 headings (ids from rehype-slug) into `file.data.toc`. */
export function rehypeToc() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        const stored = storedHeadingText(node);
        const text = stored?.plain ?? toString(node);
        toc.push({ id: node.properties.id, text, tex: stored?.tex ?? text, depth: node.tagName === 'h2' ? 2 : 3 });
      }
    });
    file.data.toc = toc;
  };
}
