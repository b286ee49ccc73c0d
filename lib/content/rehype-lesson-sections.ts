import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Top-level blocks (paragraphs, lists, formulas, tables …) per `lesson-chunk`. */
export const CHUNK_BLOCKS = 6;

const isBlank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';
const isHeading = (node: RootContent | undefined) => node?.type === 'element' && /^h[2-6]$/.test(node.tagName);
/**
 * MDX blocks with click targets stay outside chunks. Geometry read from a skipped chunk is
 * inconsistent with the placeholders around it, so accessibility checkers (axe, Lighthouse's
 * target-size audit) found the check-yourself disclosures "obscured" until scrolled to. Their
 * choices are skipped all the same, in a box of their own beside the disclosure (check-yourself.tsx).
 */
const STANDALONE = new Set(['CheckYourself']);
const isStandalone = (node: ElementContent) => {
  const jsx = node as { type: string; name?: string | null };
  return jsx.type === 'mdxJsxFlowElement' && STANDALONE.has(jsx.name ?? '');
};
const div = (className: string): Element => ({ type: 'element', tagName: 'div', properties: { className: [className] }, children: [] });

/**
 * Groups a lesson body into one `<div class="lesson-section">` per h2 (with everything up to the
 * next h2), and each section into `<div class="lesson-chunk">`s of about CHUNK_BLOCKS blocks
 * (never splitting a heading from what follows it). The stylesheet gives each chunk
 * `content-visibility: auto`, so the browser lays out only the chunks near the viewport: a lesson
 * is thousands of KaTeX spans, and laying them out on load was most of its main-thread time on a
 * phone. Per-section skipping still laid out ~1,000 elements below the fold (measured: a 250 ms
 * style-and-layout task unthrottled on the attention lesson, ~80 ms with chunks). STANDALONE
 * blocks sit between chunks.
 */
export function rehypeLessonSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    const sections: Element[] = [];
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        sections.push(div('lesson-section'));
        out.push(sections[sections.length - 1]);
      }
      if (sections.length > 0) sections[sections.length - 1].children.push(node as ElementContent);
      else out.push(node);
    }
    for (const section of sections) section.children = chunk(section.children);
    tree.children = out;
  };
}

function chunk(children: ElementContent[]): ElementContent[] {
  const chunks: ElementContent[] = [];
  let current: Element | null = null;
  let blocks = 0;
  let previous: ElementContent | undefined;
  for (const node of children) {
    if (isStandalone(node)) {
      chunks.push(node);
      current = null;
      continue;
    }
    if (!current || (!isBlank(node) && blocks >= CHUNK_BLOCKS && !isHeading(previous))) {
      current = div('lesson-chunk');
      chunks.push(current);
      blocks = 0;
    }
    current.children.push(node);
    if (!isBlank(node)) {
      blocks++;
      previous = node;
    }
  }
  return chunks;
}
