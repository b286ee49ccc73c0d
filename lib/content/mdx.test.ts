import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown';
import { compileMdx } from '@/components/content/compile-mdx';

describe('compileMdx', () => {
  it('collects h2/h3 headings with slug ids for the table of contents', async () => {
    const { toc } = await compileMdx('## Why divide by √d_k\n\ntext\n\n### A detail\n', 'x.mdx');
    expect(toc).toEqual([
      { id: 'why-divide-by-d_k', text: 'Why divide by √d_k', tex: 'Why divide by √d_k', depth: 2 },
      { id: 'a-detail', text: 'A detail', tex: 'A detail', depth: 3 },
    ]);
  });

  it('typesets a formula in a heading but slugs and lists it as plain text', async () => {
    const source = '## Why divide by $\\sqrt{d_k}$\n\ntext\n';
    const { toc } = await compileMdx(source, 'x.mdx');
    expect(toc).toEqual([{ id: 'why-divide-by-d_k', text: 'Why divide by √d_k', tex: 'Why divide by $\\sqrt{d_k}$', depth: 2 }]);
    const html = await render(source);
    const heading = /<h2 id="why-divide-by-d_k">([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '';
    expect(heading).toContain('class="katex"');
    expect(heading).not.toContain('√d_k');
  });

  it('fails on a formula KaTeX cannot render, naming the file and line', async () => {
    await expect(compileMdx('Fine.\n\n$$\\frac{1}{$$\n', 'content/lessons/broken.mdx')).rejects.toThrow(
      /content\/lessons\/broken\.mdx:3:1: KaTeX cannot render a formula/,
    );
  });

  it('fails on an unknown command instead of showing a red error box', async () => {
    await expect(compileMdx('$\\notacommand{x}$', 'y.mdx')).rejects.toThrow(/y\.mdx.*KaTeX/);
  });

  it('refuses a colour command in a formula, naming the file and line', async () => {
    await expect(compileMdx('Text.\n\n$$\\textcolor{red}{x}$$\n', 'content/lessons/colour.mdx')).rejects.toThrow(
      /content\/lessons\/colour\.mdx:3:1: formulas take the colour of their text; remove \\textcolor/,
    );
  });
});

/** A compiled lesson body as static HTML, with the lesson tags. */
async function render(source: string): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { createElement } = await import('react');
  const { mdxComponents } = await import('@/components/mdx/mdx-components');
  const { Content } = await compileMdx(source, 'z.mdx');
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents }));
}

describe('display math', () => {
  it('can take keyboard focus, so a formula wider than the column can be scrolled', async () => {
    expect(await render('$$\nx^2 + y^2 = z^2\n$$\n')).toMatch(/<span class="katex-display" tabindex="0"><span class="katex">/);
  });
});

describe('math as HTML strings', () => {
  it('renders exactly the markup KaTeX gives the quiz renderer', async () => {
    const source = 'Gate $p_i = \\mathrm{softmax}(h)_i$ and $\\sqrt{d_k}$.';
    expect(await render(source)).toBe(markdownToHtml(source, 'z.md').html);
  });

  it('refuses a hand-written <MathHtml>, so its html is only ever KaTeX output', async () => {
    await expect(compileMdx('<MathHtml className="katex" html="<img src=x onerror=alert(1)>" />', 'z.mdx')).rejects.toThrow(/written by the build/);
  });
});
