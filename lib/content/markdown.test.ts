import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { isMathOnly, markdownExcerpt, markdownToHtml, renderMarkdown, texToHtml } from './markdown';

const tags = (tree: Root) => tree.children.filter((n): n is Element => n.type === 'element').map((n) => n.tagName);
const classes = (node: Element) => String(node.properties.className ?? '');

describe('renderMarkdown', () => {
  it('renders paragraphs and KaTeX math at build time', () => {
    const tree = renderMarkdown('Divide by $\\sqrt{d_k}$.\n\nSecond.', 'q.yaml');
    expect(tags(tree)).toEqual(['p', 'p']);
    const math = (tree.children[0] as Element).children.find((n): n is Element => n.type === 'element');
    expect(classes(math as Element)).toContain('katex');
  });

  it('unwraps a lone paragraph when inline', () => {
    const tree = renderMarkdown('Every row of $A$ sums to 1.', 'q.yaml', { inline: true });
    expect(tags(tree)).not.toContain('p');
    expect(tree.children[0]).toMatchObject({ type: 'text', value: 'Every row of ' });
  });

  it('keeps text with < and braces as text and drops raw HTML', () => {
    const tree = renderMarkdown('a < b {c} <script>alert(1)</script>', 'q.yaml', { inline: true });
    expect(JSON.stringify(tree)).not.toContain('script');
    expect(tree.children.map((n) => (n.type === 'text' ? n.value : '')).join('')).toContain('a < b {c}');
  });

  it('refuses colour commands: a formula takes the colour of its text (the a11y test relies on it)', () => {
    for (const tex of ['\\color{red} x', '\\textcolor{red}{x}', '\\colorbox{yellow}{x}']) {
      expect(() => renderMarkdown(`$${tex}$`, 'content/quizzes/colour.yaml')).toThrow(/colour\.yaml:1:1: formulas take the colour of their text/);
    }
    expect(() => texToHtml('\\color{red} x')).toThrow(/remove \\color/);
  });

  it('fails on a formula KaTeX cannot render, naming the file', () => {
    expect(() => renderMarkdown('$\\notacommand{x}$', 'content/quizzes/bad.yaml')).toThrow(/bad\.yaml.*KaTeX/);
  });
});

describe('markdownToHtml', () => {
  it('makes a display formula focusable, so a keyboard can scroll one wider than a phone', () => {
    expect(markdownToHtml('$$\nx^2 + y^2 = z^2\n$$', 'e.yaml').html).toMatch(/<span class="katex-display" tabindex="0"><span class="katex">/);
    expect(markdownToHtml('Inline $x$.', 'e.yaml').html).not.toContain('tabindex');
  });

  it('serialises the tree, with KaTeX markup and no raw HTML from the source', () => {
    const { html } = markdownToHtml('Scale by $\\sqrt{d_k}$ <img src=x onerror=alert(1)>', 'q.yaml', { inline: true });
    expect(html.startsWith('Scale by <span class="katex">')).toBe(true);
    expect(html).not.toContain('<img');
  });
});

describe('isMathOnly', () => {
  it('tells formulas from text with formulas', () => {
    expect(isMathOnly('$T\\times d_v$')).toBe(true);
    expect(isMathOnly(' $$x$$. ')).toBe(true);
    expect(isMathOnly('$1\\times d_v$, one vector')).toBe(false);
    expect(isMathOnly('64')).toBe(false);
  });
});

describe('markdownExcerpt', () => {
  it('strips markup and shortens', () => {
    expect(markdownExcerpt('What is **$q\\cdot k$** for _d_k_ = 64?')).toBe('What is q · k for d_k = 64?');
    expect(markdownExcerpt('Divide $QK^\\top$ by $\\sqrt{d_k}$.')).toBe('Divide QKᵀ by √d_k.');
    expect(markdownExcerpt('word '.repeat(40), 20)).toHaveLength(20);
  });
});

describe('Chinese inside \\text{} (the zh lessons and questions)', () => {
  it('renders under strict KaTeX, the Chinese kept as text, no error node', () => {
    const { html } = texToHtml('C = \\left\\lceil \\text{容量因子} \\cdot \\frac{\\text{每批词元数}}{\\text{专家数}} \\right\\rceil', true);
    expect(html).toContain('容量因子');
    expect(html).not.toContain('katex-error');
    const tree = renderMarkdown('专家容量 $C = \\text{容量因子} \\cdot T / E$，向上取整。', 'q.zh.yaml');
    expect(JSON.stringify(tree)).toContain('容量因子');
  });

  it('renders every \\text{} with Chinese in content/lessons/zh and content/quizzes/zh', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const files = ['content/lessons/zh', 'content/quizzes/zh'].flatMap((dir) => fs.readdirSync(dir).map((f) => path.join(dir, f)));
    const texts = new Set(files.flatMap((f) => fs.readFileSync(f, 'utf8').match(/\\text\{[^{}]*\p{Script=Han}[^{}]*\}/gu) ?? []));
    expect(texts.size).toBeGreaterThan(0);
    for (const text of texts) expect(() => texToHtml(text), text).not.toThrow();
  });
});
