import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A display formula wider than the column scrolls sideways; keyboard users can only scroll it
 * if it can take focus (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function rehypeFocusableDisplayMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
