import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createElement as h, useState, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileMdx } from '@/components/content/compile-mdx';
import type { IslandProps } from '@/components/content/island';
import { StaticIslands } from '@/components/content/static-islands';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { registeredIslandHtml } from './island-html';
import { loadLessons } from './lessons';

const SRC = '/learn/test';

/** The markup a reader's browser builds from the HTML: React's text separators (comments) dropped, adjacent text merged. */
function normalised(html: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const clean = (nodes: RootContent[]): RootContent[] => {
    const out: RootContent[] = [];
    for (const node of nodes) {
      if (node.type === 'comment') continue;
      // the one attribute islands add: the id their client component finds its HTML by
      if (node.type === 'element') delete node.properties.dataIsland;
      if (node.type === 'element') node.children = clean(node.children as RootContent[]) as typeof node.children;
      const last = out[out.length - 1];
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else out.push(node);
    }
    return out;
  };
  tree.children = clean(tree.children);
  return toHtml(tree);
}

/** Stands for a client component: it uses state, so it cannot be rendered outside React and stays React. */
function Interactive(): ReactNode {
  const [label] = useState('x');
  return h('button', null, label);
}

/** An Island's element as the server renders it: its tag, attributes and registered HTML. */
function islandHtml(node: unknown): { props: IslandProps; html: string | undefined } {
  const props = (node as ReactElement<IslandProps>).props;
  return { props, html: registeredIslandHtml(props.id) };
}

/** How many elements of the HTML React builds itself: those outside innerHTML islands. */
function reactElements(element: ReactNode): number {
  let count = 0;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object' || !('props' in node)) return;
    const { type, props } = node as { type: unknown; props: { children?: unknown; dangerouslySetInnerHTML?: unknown } };
    if (typeof type === 'string') count++;
    if (!props.dangerouslySetInnerHTML) walk(props.children);
  };
  walk(element);
  return count;
}

describe('StaticIslands', () => {
  // Outside Next a client component is a plain function: called outside React, its hooks make React
  // log before it throws, which is how it is kept as React here (in the build it is a client reference).
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(loadLessons().map((l) => [l.slug, l] as const))('%s: the same markup with the prose as static HTML', async (_slug, lesson) => {
    const { Content } = await compileMdx(lesson.body, lesson.file);
    const body = h(Content, { components: mdxComponents });
    const islands = StaticIslands({ children: body, src: SRC });
    expect(normalised(renderToStaticMarkup(islands))).toBe(normalised(renderToStaticMarkup(body)));
    // and almost nothing is left for React to build: what stays are the widget frames and the elements around them
    expect(reactElements(islands)).toBeLessThan(60);
  });

  it('keeps a component that cannot render outside React (hooks) as React, and flattens its static siblings', () => {
    function Stateful(): ReactNode {
      throw new Error('Invalid hook call');
    }
    const tree = h(
      'div',
      { className: 'lesson-section' },
      h('p', null, 'One ', h('strong', null, 'two')),
      h(Stateful),
      h('ul', null, h('li', { style: { marginTop: '1em' }, 'aria-label': 'x' }, 'three')),
    );
    const out = StaticIslands({ children: tree, src: SRC }) as ReactElement<{ children: ReactElement<{ children: ReactElement[] }> }>;
    const section = out.props.children;
    expect(section.type).toBe('div');
    const [p, stateful, ul] = section.props.children as ReactElement[];
    expect(islandHtml(p)).toMatchObject({ props: { tag: 'p', attrs: {}, src: SRC }, html: 'One <strong>two</strong>' });
    expect(stateful.type).toBe(Stateful);
    expect(islandHtml(ul)).toMatchObject({ props: { tag: 'ul', src: SRC }, html: '<li style="margin-top:1em" aria-label="x">three</li>' });
  });

  it('keeps adjacent texts apart as React does, so the browser builds the same text nodes', () => {
    // renderToString writes the separators a hydrating page gets (renderToStaticMarkup leaves them out)
    const p = h('p', null, 'Practise more: ', 'Ensembles', '', 3);
    const island = (StaticIslands({ children: p, src: SRC }) as ReactElement<{ children: ReactElement }>).props.children;
    expect(`<p>${islandHtml(island).html}</p>`).toBe(renderToString(p));
  });

  it('escapes text and attributes as React would', () => {
    const p = h('p', { title: 'a "b" <c>' }, 'x < y & z', h('em', null, '"q"'));
    const island = StaticIslands({ children: p, src: SRC }) as ReactElement;
    expect(normalised(renderToStaticMarkup(island))).toBe(normalised(renderToStaticMarkup(p)));
    expect(renderToStaticMarkup(island)).not.toContain('<c>');
  });

  it('sends an id instead of the HTML: the same HTML has the same id, other HTML another', () => {
    const tree = h('div', null, h('p', { className: 'a' }, 'Same ', h('em', null, 'text')), h('p', { className: 'b' }, 'Same ', h('em', null, 'text')), h('p', null, 'Other'), h(Interactive));
    const out = StaticIslands({ children: tree, src: SRC }) as ReactElement<{ children: ReactElement<{ children: ReactElement[] }> }>;
    const [a, b, other] = out.props.children.props.children.slice(0, 3).map(islandHtml);
    expect(a.props.attrs).toEqual({ className: 'a' });
    expect(b.props.attrs).toEqual({ className: 'b' });
    expect(a.props.id).toBe(b.props.id);
    expect(other.props.id).not.toBe(a.props.id);
    expect(a.props.id).toMatch(/^[\w-]{16}$/);
    // the props (what the page's payload carries) hold no part of the HTML
    expect(JSON.stringify([a.props, b.props, other.props])).not.toMatch(/Same|Other|<em>/);
    expect([a.html, other.html]).toEqual(['Same <em>text</em>', 'Other']);
    // and the server renders the HTML inside the element, marked with its id
    expect(renderToStaticMarkup(out)).toBe(`<div><p class="a" data-island="${a.props.id}">Same <em>text</em></p><p class="b" data-island="${a.props.id}">Same <em>text</em></p><p data-island="${other.props.id}">Other</p><button>x</button></div>`);
  });

  it('keeps an element with nothing inside it as it is', () => {
    const out = StaticIslands({ children: h('div', null, h('span', { className: 'x' }), h(Interactive)), src: SRC }) as ReactElement<{ children: ReactElement<{ children: ReactElement[] }> }>;
    expect(out.props.children.props.children[0].type).toBe('span');
  });
});
