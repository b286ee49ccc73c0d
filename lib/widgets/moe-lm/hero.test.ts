import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { LmHeroFigure } from '@/components/home/lm-hero';
import { heroTokens, LM_HERO_VERSION, parseLmHero, readLmHero, type LmHero } from './hero';

// the site's Link needs a mounted router; a plain anchor says the same in static HTML
vi.mock('@/components/layout/link', () => ({ default: ({ href, children }: { href: string; children: unknown }) => createElement('a', { href }, children as string) }));

const route = (expert: number) => ({ expert, probs: [0.6, 0.4].map((p, e) => (e === expert ? 0.6 : 0.4)), dropped: false });
const hero: LmHero = {
  version: LM_HERO_VERSION,
  checkpoint: 'balanced',
  corpusHash: '3df9aae9',
  numExperts: 2,
  k: 2,
  layers: 2,
  heldoutBpc: 4.94,
  chars: ['a', '\n', '<unk>'],
  unknown: [false, false, true],
  routes: [
    [route(0), route(1)],
    [route(1), route(1)],
    [route(0), route(0)],
  ],
};

describe('home hero data', () => {
  it('parses a well-formed file and gives the first layer’s tokens', () => {
    expect(heroTokens(parseLmHero(hero)).map((tk) => [tk.char, tk.expert, tk.unknown])).toEqual([
      ['a', 0, false],
      ['\n', 1, false],
      ['<unk>', 0, true],
    ]);
    expect(heroTokens(hero, 1).map((tk) => tk.expert)).toEqual([1, 1, 0]);
  });

  it('refuses routes that do not match the characters, layers or experts', () => {
    expect(() => parseLmHero({ ...hero, chars: ['a'] })).toThrow(/same length/);
    expect(() => parseLmHero({ ...hero, routes: hero.routes.map((r) => r.slice(0, 1)) })).toThrow(/every layer and expert/);
    expect(() => parseLmHero({ ...hero, version: 2 })).toThrow();
  });

  it('a missing or malformed file gives null (home shows no picture), never an exception', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lm-hero-'));
    expect(readLmHero(path.join(dir, 'missing.json'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version":1}');
    expect(readLmHero(path.join(dir, 'bad.json'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'good.json'), JSON.stringify(hero));
    expect(readLmHero(path.join(dir, 'good.json'))?.chars).toEqual(hero.chars);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});

describe('LmHeroFigure', () => {
  it('renders the coloured characters statically, a legend and the caption, and links to the widget when it exists', () => {
    const html = renderToStaticMarkup(createElement(LmHeroFigure, { hero, href: '/playground/moe-lm' }));
    expect([...html.matchAll(/data-testid="routed-token" data-expert="(\d)"/g)].map((m) => Number(m[1]))).toEqual([0, 1, 0]);
    expect(html).not.toContain('tabindex');
    expect(html).toContain('Expert 1</li><li>');
    expect(html).toContain('the top-1 of 2 experts in layer 1, with 2 experts per character');
    expect(html).toContain('href="/playground/moe-lm"');
    expect(renderToStaticMarkup(createElement(LmHeroFigure, { hero }))).not.toContain('<a ');
  });
});
