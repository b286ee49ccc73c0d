import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { CHUNK_BLOCKS, rehypeLessonSections } from './rehype-lesson-sections';

const el = (tagName: string, text: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value: text }] });
const shape = (node: Root | Element): string[] =>
  node.children.map((n) => (n.type !== 'element' ? n.type : n.tagName === 'div' ? `${n.properties.className}[${shape(n).join(',')}]` : n.tagName));

describe('rehypeLessonSections', () => {
  it('wraps each h2 and what follows it in a section of chunks, leaving the intro in place', () => {
    const tree: Root = { type: 'root', children: [el('p', 'intro'), el('h2', 'A'), el('p', 'a1'), el('h3', 'A.1'), el('h2', 'B'), el('p', 'b1')] };
    rehypeLessonSections()(tree);
    expect(shape(tree)).toEqual(['p', 'lesson-section[lesson-chunk[h2,p,h3]]', 'lesson-section[lesson-chunk[h2,p]]']);
  });

  it(`starts a new chunk after ${CHUNK_BLOCKS} blocks, but never right after a heading`, () => {
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => el('p', String(i)));
    const tree: Root = { type: 'root', children: [el('h2', 'A'), ...paragraphs(4), el('h3', 'A.1'), el('p', 'x'), el('p', 'y'), ...paragraphs(3)] };
    rehypeLessonSections()(tree);
    // h2 + 4 p + h3 is six blocks, but the chunk may not end on the h3: it takes the next p too.
    expect(shape(tree)).toEqual(['lesson-section[lesson-chunk[h2,p,p,p,p,h3,p],lesson-chunk[p,p,p,p]]']);
  });

  it('keeps a check-yourself block outside chunks, between them', () => {
    const check = { type: 'mdxJsxFlowElement', name: 'CheckYourself', attributes: [], children: [] } as unknown as Element;
    const tree: Root = { type: 'root', children: [el('h2', 'A'), el('p', 'a'), check, el('p', 'b')] };
    rehypeLessonSections()(tree);
    expect(shape(tree)).toEqual(['lesson-section[lesson-chunk[h2,p],mdxJsxFlowElement,lesson-chunk[p]]']);
  });
});
