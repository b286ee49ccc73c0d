import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const COLOUR_COMMAND = /\\(?:color|textcolor|colorbox|fcolorbox)(?![a-zA-Z])/;

/**
 * Formulas never set a colour: they take the colour of the text around them, in both themes, so
 * their contrast is the prose's. The accessibility test relies on this to skip KaTeX's
 * aria-hidden glyph spans (two thirds of a lesson's DOM).
 */
export function assertNoColour(tex: string, where: string): void {
  const found = COLOUR_COMMAND.exec(tex);
  if (found) throw new Error(`${where}: formulas take the colour of their text; remove ${found[0]} from "${tex}"`);
}

/** The same rule for remark-math's formulas; runs before rehype-katex. */
export function rehypeRefuseColour() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (!Array.isArray(classes) || !classes.includes('language-math')) return;
      const line = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
      assertNoColour(toString(node), `${file.path}${line}`);
    });
  };
}
