import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { texToPlain } from './tex-to-plain';

/** What a heading reads as: plain text (formulas as "√d_k") and its source with `$…$` formulas. */
export interface HeadingText {
  plain: string;
  tex: string;
}

const isInlineMath = (node: Element) => {
  const className = node.properties.className;
  return node.tagName === 'code' && Array.isArray(className) && className.includes('math-inline');
};

function headingText(children: ElementContent[]): HeadingText {
  let plain = '';
  let tex = '';
  for (const child of children) {
    if (child.type === 'text') {
      plain += child.value;
      tex += child.value;
    } else if (child.type === 'element' && isInlineMath(child)) {
      const source = toString(child);
      plain += texToPlain(source);
      tex += `$${source}$`;
    } else if (child.type === 'element') {
      const inner = headingText(child.children);
      plain += inner.plain;
      tex += inner.tex;
    }
  }
  return { plain, tex };
}

/**
 * Gives each heading its id from its text with formulas read as plain text, so "Why divide by
 * $\sqrt{d_k}$" keeps the anchor "why-divide-by-d_k" (rehype-slug would slug the TeX source to
 * "sqrtd_k"), and keeps both readings in `data.heading` for the table of contents. Runs before
 * rehype-katex (the formula is still a `code.math-inline` element) and before rehype-slug, which
 * leaves headings that already have an id alone. A translation passes `anchors`, the English
 * lesson's heading ids in order: its i-th heading takes the i-th of them (Lesson.anchors), so a
 * `#anchor` means the same section in every language.
 */
export function rehypeHeadingIds(options: { anchors?: readonly string[] } = {}) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    let index = 0;
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const text = headingText(node.children);
      const anchor = options.anchors?.[index++];
      if (typeof node.properties.id !== 'string') node.properties.id = anchor ?? slugger.slug(text.plain);
      node.data = { ...node.data, heading: text } as Element['data'];
    });
  };
}

/** The reading `rehypeHeadingIds` stored on a heading, if it ran. */
export function storedHeadingText(node: Element): HeadingText | undefined {
  return (node.data as { heading?: HeadingText } | undefined)?.heading;
}
