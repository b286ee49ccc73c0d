import { describe, expect, it } from 'vitest';
import { compileMdx } from './mdx';

describe('compileMdx', () => {
  it('collects h2/h3 headings with slug ids for the table of contents', async () => {
    const { toc } = await compileMdx('## Why divide by √d_k\n\ntext\n\n### A detail\n', 'x.mdx');
    expect(toc).toEqual([
      { id: 'why-divide-by-d_k', text: 'Why divide by √d_k', depth: 2 },
      { id: 'a-detail', text: 'A detail', depth: 3 },
    ]);
  });

  it('fails on a formula KaTeX cannot render, naming the file and line', async () => {
    await expect(compileMdx('Fine.\n\n$$\\frac{1}{$$\n', 'content/lessons/broken.mdx')).rejects.toThrow(
      /content\/lessons\/broken\.mdx:3:1: KaTeX cannot render a formula/,
    );
  });

  it('fails on an unknown command instead of showing a red error box', async () => {
    await expect(compileMdx('$\\notacommand{x}$', 'y.mdx')).rejects.toThrow(/y\.mdx.*KaTeX/);
  });
});

describe('display math', () => {
  it('can take keyboard focus, so a formula wider than the column can be scrolled', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { Content } = await compileMdx('$$\nx^2 + y^2 = z^2\n$$\n', 'z.mdx');
    expect(renderToStaticMarkup(createElement(Content))).toMatch(/<span class="katex-display" tabindex="0">/);
  });
});
