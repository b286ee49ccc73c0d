import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeLessonSections } from './rehype-lesson-sections';

const el = (tagName: string, text: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value: text }] });

describe('rehypeLessonSections', () => {
  it('wraps each h2 and what follows it, leaving the intro in place', () => {
    const tree: Root = { type: 'root', children: [el('p', 'intro'), el('h2', 'A'), el('p', 'a1'), el('h3', 'A.1'), el('h2', 'B'), el('p', 'b1')] };
    rehypeLessonSections()(tree);
    const shape = tree.children.map((n) => (n.type === 'element' ? `${n.tagName}${n.tagName === 'div' ? `[${n.children.map((c) => (c.type === 'element' ? c.tagName : '')).join(',')}]` : ''}` : n.type));
    expect(shape).toEqual(['p', 'div[h2,p,h3]', 'div[h2,p]']);
    expect(tree.children[1]).toMatchObject({ properties: { className: ['lesson-section'] } });
  });
});
