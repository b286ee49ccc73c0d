// What a learner sees in the MoE Language Model's views, rendered to static HTML.
import { readFileSync } from 'node:fs';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LocaleProvider } from '@/components/i18n/locale-context';
import { LmGeneration } from '@/components/widgets/moe-lm/lm-generation';
import { LoadHeatmap } from '@/components/widgets/moe-lm/load-heatmap';
import { RoutedText, TokenDetail } from '@/components/widgets/moe-lm/routed-text';
import { RoutedTextBody } from '@/components/widgets/moe-lm/routed-text-body';
import { RoutingTable } from '@/components/widgets/moe-lm/routing-table';
import { textOn } from '@/lib/viz/contrast';
import { EXPERT_COLORS } from '@/lib/viz/palette';
import { SAMPLE_PROMPTS } from './prompts';
import { routedTokens, type RoutedToken } from './routed-tokens';
import { summarizeRouting } from './routing-summary';

const tok = (char: string, expert: number, extra: Partial<RoutedToken> = {}): RoutedToken => ({
  char,
  unknown: false,
  expert,
  probs: [0.1, 0.2, 0.3, 0.4].map((_, e) => (e === expert ? 0.7 : 0.1)),
  dropped: false,
  ...extra,
});

/** The data-… attributes of each routed token, in order. */
const tokenAttrs = (html: string) =>
  [...html.matchAll(/<span class="routed-token" data-testid="routed-token" data-expert="(\d+)" data-dropped="(true|false)"(?: data-unknown="true")? data-index="(\d+)"/g)].map((m) => [Number(m[3]), Number(m[1]), m[2]]);

describe('RoutedText', () => {
  const tokens = [tok('H', 0), tok('i', 0), tok(' ', 1), tok('\n', 2), tok('<unk>', 3, { unknown: true, dropped: true }), tok('明', 1)];
  const html = renderToStaticMarkup(createElement(RoutedText, { tokens, numExperts: 4, layerLabel: 2 }));

  it('one span per character with its top-1 expert and drop state, coloured by the palette with readable text', () => {
    expect(tokenAttrs(html)).toEqual([
      [0, 0, 'false'],
      [1, 0, 'false'],
      [2, 1, 'false'],
      [3, 2, 'false'],
      [4, 3, 'true'],
      [5, 1, 'false'],
    ]);
  });

  it('colours each expert as the palette does, with the more readable of black and white (the stylesheet by data-expert)', () => {
    const css = readFileSync('components/widgets/moe-lm/moe-lm-views.css', 'utf8');
    const rules = [...css.matchAll(/\.routed-token\[data-expert='(\d+)'\] \{ background: (#[0-9A-Fa-f]{6}); color: (#[0-9a-f]{6}); \}/g)].map((m) => [Number(m[1]), m[2], m[3]]);
    expect(rules).toEqual(EXPERT_COLORS.map((c, e) => [e, c, textOn(c)]));
  });

  it('is one tab stop, a listbox of characters: the first is selected and focusable, the rest reachable by arrow keys', () => {
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html.match(/tabindex="-1"/g)).toHaveLength(5);
    expect(html).toContain('role="listbox" aria-label="Text coloured by each character&#x27;s top-1 expert in layer 2"');
    expect(html.match(/role="option" aria-selected="true"/g)).toHaveLength(1);
    expect(html.match(/role="option" aria-selected="false"/g)).toHaveLength(5);
  });

  it('keeps line breaks, shows unknown characters as <unk>, and names characters without a glyph', () => {
    expect(html).toMatch(/data-index="3"[^>]*>↵<\/span><br\/>/);
    expect(html).toMatch(/data-unknown="true" data-index="4"[^>]*aria-label="unknown character: expert 4, dropped"[^>]*>&lt;unk&gt;<\/span>/);
    expect(html).toContain('aria-label="space: expert 2"');
    expect(html).toContain('aria-label="line break: expert 3"');
  });

  it('a hint before any hover or focus, a summary for screen readers, a legend with shares and a table alternative', () => {
    expect(html).toContain("Hover over a character, or Tab to the text and use the arrow keys, to see every expert&#x27;s routing probability.");
    expect(html).toContain('<p class="visually-hidden">6 characters in layer 2; 1 dropped.</p>');
    // shares: expert 1 two of six (33 %), 2 two (33 %), 3 one (17 %), 4 one (17 %)
    expect(html).toMatch(/Expert 1 · 33%<\/li>.*Expert 2 · 33%<\/li>.*Expert 3 · 17%<\/li>.*Expert 4 · 17%<\/li>/);
    expect(html).toContain('<summary>Data as a table</summary>');
  });

  it('an empty text says so', () => {
    expect(renderToStaticMarkup(createElement(RoutedText, { tokens: [], numExperts: 4, layerLabel: 1 }))).toContain('No text to route.');
  });

  it('keeps a word in one wrap run and lets each Chinese character wrap on its own', () => {
    const body = renderToStaticMarkup(createElement(RoutedTextBody, { tokens: [tok('a', 0), tok('b', 0), tok(' ', 0), tok('明', 1), tok('月', 1)] }));
    expect(body.match(/<span class="routed-run">/g)).toHaveLength(3);
    // without `active` the text is static (the home page): no tab stops, no roles, no index
    expect(body).not.toContain('tabindex');
    expect(body).not.toContain('role=');
    expect(body).not.toContain('data-index');
    expect(body).toContain('<span class="routed-token" data-testid="routed-token" data-expert="1" data-dropped="false">明</span>');
  });
});

describe('TokenDetail', () => {
  it('shows every expert’s routing probability and whether the character was dropped', () => {
    const kept = renderToStaticMarkup(createElement(TokenDetail, { token: tok('e', 2), index: 4, n: 10, layerLabel: 1 }));
    expect(kept).toContain('e: character 5 of 10, layer 1, top-1 expert 3.');
    expect(kept).toContain('Kept: every expert it was sent to processed it.');
    expect([...kept.matchAll(/routed-detail__value">([\d.]+)</g)].map((m) => m[1])).toEqual(['0.100', '0.100', '0.700', '0.100']);
    expect(kept).toMatch(/<li data-top="true">.*?Expert 3/);
    const dropped = renderToStaticMarkup(createElement(TokenDetail, { token: tok(' ', 0, { dropped: true }), index: 0, n: 1, layerLabel: 2 }));
    expect(dropped).toContain('space: character 1 of 1, layer 2, top-1 expert 1.');
    expect(dropped).toContain('Dropped: an expert it was sent to was full');
  });
});

describe('RoutingTable', () => {
  const summary = summarizeRouting(
    [
      { source: 'en', chars: [...'the cat sat on the mat and the dog ran off'], experts: [...'the cat sat on the mat and the dog ran off'].map((c) => (c === ' ' ? 1 : 0)) },
      { source: 'zh', chars: [...'明月几时有把酒问青天不知天上宫阙今夕是何年我欲乘'], experts: new Array(24).fill(2) },
      { source: 'code', chars: [...'x = 1234567890 + 9876543210;'], experts: [...'x = 1234567890 + 9876543210;'].map((c) => (c === ' ' ? 1 : 3)) },
    ],
    4,
  );
  const html = renderToStaticMarkup(createElement(RoutingTable, { summary, layerLabel: 1 }));

  it('a row per source with its share per expert, same-as-previous and the chance level', () => {
    const rows = [...html.matchAll(/<tr data-source="(\w+)"><th scope="row">(\w+)<\/th><td>(\d+)<\/td>(.*?)<\/tr>/g)].map((m) => [m[1], m[2], m[3], [...m[4].matchAll(/>(\d+%|–)</g)].map((x) => x[1])]);
    // English: 32 letters and 10 spaces → 76 %, 24 %; of 41 pairs each space breaks two, 21 same → 51 %;
    // chance (32/42)² + (10/42)² = 64 %. Code: 4 spaces of 28 → 14 %; 19 of 27 pairs same → 70 %; chance 76 %
    expect(rows).toEqual([
      ['en', 'English', '42', ['76%', '24%', '0%', '0%', '51%', '64%']],
      ['zh', 'Chinese', '24', ['0%', '0%', '100%', '0%', '100%', '100%']],
      ['code', 'Code', '28', ['0%', '14%', '0%', '86%', '70%', '76%']],
    ]);
  });

  it('reads the table in one sentence: the space expert (every space, nothing else) beats the digit one (100 % against 4 of 74 others)', () => {
    expect(html).toContain(
      '<p class="routing-reading" data-testid="routing-reading">Expert 3 takes 100% of the Chinese text&#x27;s characters but at most 0% of any other source&#x27;s (Chinese is also its own script, so that is a split by kind of character as much as by language); expert 2 takes 100% of the spaces against 0% of all other characters.</p>',
    );
  });

  it('lists the kinds of character that occur, behind a disclosure', () => {
    expect([...html.matchAll(/<tr data-class="(\w+)">/g)].map((m) => m[1])).toEqual(['space', 'punctuation', 'digit', 'latin', 'cjk']);
  });
});

describe('LoadHeatmap', () => {
  it('an empty history says so', () => {
    expect(renderToStaticMarkup(createElement(LoadHeatmap, { steps: [], load: [], dropped: null, layerLabel: 1 }))).toContain('No training steps recorded yet.');
  });

  it('one cell per step and expert, shaded by share over twice the even share, with max/mean, CV and drops of the last step', () => {
    const html = renderToStaticMarkup(
      createElement(LoadHeatmap, {
        steps: [10, 20],
        load: [
          [0.25, 0.25, 0.25, 0.25],
          [0.7, 0.1, 0.1, 0.1],
        ],
        dropped: 0.031,
        layerLabel: 2,
      }),
    );
    const opacities = [...html.matchAll(/fill-opacity="([\d.]+)"/g)].map((m) => m[1]);
    expect(opacities).toEqual(['0.500', '0.500', '0.500', '0.500', '1.000', '0.200', '0.200', '0.200']);
    expect(html).toContain('role="img" aria-label="Heatmap of each expert&#x27;s share of the routed assignments in layer 2, from step 10 to step 20"');
    // mean 0.25, deviations 0.45 and 3 × −0.15: variance (0.2025 + 0.0675)/4 = 0.0675, std 0.2598, CV 1.039
    expect(html).toContain('Step 20: the busiest expert (1) takes 70% against an even 25%; max/mean 2.80, CV 1.04. Dropped at the last step: 3.1%.');
    expect(html).toContain('data-cv="1.0392" data-max-over-mean="2.8000"');
  });

  it('a long run is binned to at most 120 columns, and dropless says so', () => {
    const steps = Array.from({ length: 500 }, (_, i) => i + 1);
    const load = steps.map(() => [0.5, 0.5]);
    const html = renderToStaticMarkup(createElement(LoadHeatmap, { steps, load, dropped: null, layerLabel: 1 }));
    expect(html.match(/class="load-heatmap__cell"/g)).toHaveLength(240);
    expect(html).toContain('Dropless: no capacity limit, nothing is dropped.');
  });

  it('under a capacity limit before the first step, no dropped share is claimed', () => {
    const html = renderToStaticMarkup(createElement(LoadHeatmap, { steps: [160], load: [[0.5, 0.5]], dropped: 'before-step', layerLabel: 1 }));
    expect(html).toContain('Drops are counted from the first training step on; the routed text above already marks the characters the capacity limit drops.');
    expect(html).not.toContain('Dropped at the last step');
  });
});

describe('routedTokens feeds RoutedText', () => {
  it('renders route() output for the shown layer', () => {
    const tokens = routedTokens(['a', 'b'], [5, 6], [[{ expert: 0, probs: [1, 0], dropped: false }, { expert: 1, probs: [0, 1], dropped: false }], [{ expert: 1, probs: [0, 1], dropped: false }, { expert: 0, probs: [1, 0], dropped: true }]], 1);
    const html = renderToStaticMarkup(createElement(RoutedText, { tokens, numExperts: 2, layerLabel: 2 }));
    expect(tokenAttrs(html)).toEqual([
      [0, 1, 'false'],
      [1, 0, 'true'],
    ]);
  });
});

describe('past the palette', () => {
  it('a routed expert beyond the 16 colours (fine-grained segments) takes the cycled palette colour inline', () => {
    const body = renderToStaticMarkup(createElement(RoutedTextBody, { tokens: [tok('a', 17), tok('b', 3)] }));
    expect(body).toContain('data-expert="17" data-dropped="false" style="background:#56B4E9;color:#000000">a</span>');
    expect(body).toContain('data-expert="3" data-dropped="false">b</span>');
  });
});

describe('the generation panel in the page language', () => {
  const panel = (locale: 'en' | 'zh') =>
    renderToStaticMarkup(
      createElement(
        // the provider's children are createElement's third argument
        LocaleProvider as ComponentType<{ locale: 'en' | 'zh'; children?: ReactNode }>,
        { locale },
        createElement(LmGeneration, { generation: null, generating: false, disabled: false, onGenerate: () => {}, layer: 0, numExperts: 8 }),
      ),
    );

  it('opens on "The " on an English page and on Su Shi’s line on a Chinese one, offering every sample prompt in both', () => {
    const en = panel('en');
    const zh = panel('zh');
    expect(en).toMatch(/data-testid="gen-prompt" value="The "/);
    expect(zh).toContain(`value="${SAMPLE_PROMPTS.zh[0].text}"`);
    for (const html of [en, zh]) for (const p of SAMPLE_PROMPTS.en) expect(html).toContain(`data-sample="${p.id}"`);
    expect(zh).toContain('lang="zh-Hans">明月几时有');
  });
});
