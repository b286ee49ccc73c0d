import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockableNames, registeredWidget, stateKeys, WIDGETS, widgetById, widgetParamsProblems } from './registry';

const problems = (id: string, query: string) => widgetParamsProblems(widgetById(id)!, new URLSearchParams(query));

describe('the widget registry', () => {
  it('lists the seven widgets once each, every one embeddable in lessons', () => {
    expect(WIDGETS.map((w) => w.id)).toEqual(['moe-playground', 'moe-lm', 'routing-lab', 'attention-explorer', 'tiny-transformer', 'ensemble-lab', 'llm-calculator']);
    expect(WIDGETS.every((w) => w.lessonEmbeddable && w.ready)).toBe(true);
    expect(new Set(WIDGETS.map((w) => w.page)).size).toBe(WIDGETS.length);
    for (const w of WIDGETS) expect(w.embed).toBe(`/embed/${w.id}`);
  });

  it('accepts valid lesson params of every widget, with lock', () => {
    expect(problems('attention-explorer', 'dk=512&scale=0&lock=dk,text,preset')).toEqual([]);
    expect(problems('moe-playground', 'experts=8&k=1&lambda=0&autoplay=1&lock=k,preset')).toEqual([]);
    expect(problems('routing-lab', 'text=a%20b%20c%20d%20e%20f%20g%20h&lock=text,model')).toEqual([]);
    expect(problems('tiny-transformer', 'autoplay=1')).toEqual([]);
    expect(problems('ensemble-lab', '')).toEqual([]);
    expect(problems('moe-lm', 'checkpoint=collapse&layer=2&text=%E6%98%8E%E6%9C%88&autoplay=1&lock=checkpoint,text,preset')).toEqual([]);
  });

  it('names unknown keys, unknown locks and clamped values', () => {
    expect(problems('attention-explorer', 'dK=3&lock=speed&heads=9')).toEqual([
      'unknown parameter "dK"',
      'lock: "speed" is not a knob',
      'Heads H: "9" is outside 1–8; using 8.',
    ]);
    expect(problems('moe-playground', 'preset=x&lock=autoplay')).toEqual(['unknown parameter "preset"', 'lock: "autoplay" is not a knob']);
  });

  it('lock names and state keys come from the knob table', () => {
    const moe = widgetById('moe-playground')!;
    expect(lockableNames(moe)).toEqual([...moe.knobs.map((k) => k.key), 'preset']);
    expect(stateKeys(moe)).toContain('autoplay');
  });

  it('has all four routes of every widget (page and embed, in each language) read their entry from here, and refuses an id it lacks', () => {
    for (const w of WIDGETS) {
      const routes: [string, string][] = [
        [`app/(site)${w.page}/page.tsx`, `widgetMeta('${w.id}', 'en')`],
        [`app/(zh)/zh${w.page}/page.tsx`, `widgetMeta('${w.id}', 'zh')`],
        [`app/(embed)${w.embed}/page.tsx`, `widgetEmbedMeta('${w.id}', 'en')`],
        [`app/(zh-embed)/zh${w.embed}/page.tsx`, `widgetEmbedMeta('${w.id}', 'zh')`],
      ];
      for (const [file, call] of routes) expect(fs.readFileSync(file, 'utf8'), file).toContain(call);
    }
    expect(registeredWidget('routing-lab').page).toBe('/playground/routing');
    expect(() => registeredWidget('no-such-widget')).toThrow('No widget "no-such-widget" in lib/widgets/registry.ts');
  });
});
