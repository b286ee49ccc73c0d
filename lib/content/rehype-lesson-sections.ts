import type { Element, Root, RootContent } from 'hast';

/**
 * Groups a lesson body into one `<div class="lesson-section">` per h2 (with everything up to the
 * next h2). The stylesheet gives each `content-visibility: auto`, so the browser lays out only
 * the sections near the viewport: a lesson is thousands of KaTeX spans, and laying them all out
 * on load was most of its main-thread time on a phone.
 */
export function rehypeLessonSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let section: Element | null = null;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        section = { type: 'element', tagName: 'div', properties: { className: ['lesson-section'] }, children: [] };
        out.push(section);
      }
      if (section) section.children.push(node as Element);
      else out.push(node);
    }
    tree.children = out;
  };
}
