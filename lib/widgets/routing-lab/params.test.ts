import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCE } from '@/lib/widgets/routing-lab/tokens';
import { parseRoutingParams, parseText, ROUTING_PRESETS, serializeRoutingParams } from './params';

const parse = (q: string) => parseRoutingParams(new URLSearchParams(q));

describe('parseRoutingParams', () => {
  it('defaults to the example sentence, 8 experts, top-2, capacity factor 1', () => {
    const { params, notices } = parse('');
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ source: 'sentence', text: DEFAULT_SENTENCE, experts: 8, k: 2, mode: 'top-k', capacity: 1, steps: 0, model: 'mixtral-8x7b' });
  });

  it('clamps K to N with the MoE Playground’s notice', () => {
    const { params, notices } = parse('experts=4&k=9');
    expect(params.k).toBe(4);
    expect(notices).toEqual(['Top-K: 9 is more than the 4 experts; using K = 4.']);
  });

  it('clamps out-of-range knobs and rejects unknown modes with notices', () => {
    const { params, notices } = parse('experts=40&mode=magic&capacity=9&tokens=3');
    expect(params).toMatchObject({ experts: 16, mode: 'top-k', capacity: 4, tokens: 8 });
    expect(notices).toHaveLength(4);
    expect(notices[0]).toBe('Random tokens T: "3" is outside 8–64; using 8.');
  });

  it('gives expert choice a capacity when none is set', () => {
    const { params, notices } = parse('mode=expert-choice&capacity=0');
    expect(params.capacity).toBe(1);
    expect(notices).toEqual(['Expert choice needs a capacity: using capacity factor 1.']);
  });

  it('round-trips through the URL, the sentence included', () => {
    const query = 'experts=6&k=3&mode=top-p&renorm=0&capacity=1.5&p=0.75&shared=1&noise=1&skew=2&gamma=0.05&steps=12&seed=7&model=dbrx&text=one+two+three+four+five+six+seven+eight';
    const { params, notices } = parse(query);
    expect(notices).toEqual([]);
    expect(serializeRoutingParams(params)).toBe(query);
    expect(parse(serializeRoutingParams(params)).params).toEqual(params);
  });

  it('has presets whose values are all valid', () => {
    for (const preset of ROUTING_PRESETS) {
      const query = serializeRoutingParams({ ...parse('').params, ...preset.values });
      expect(parse(query).notices, preset.id).toEqual([]);
    }
  });
});

describe('parseText', () => {
  it('normalises whitespace', () => {
    expect(parseText('  a  b c d e f g\th ')).toEqual({ text: 'a b c d e f g h', notices: [] });
  });

  it('keeps the fallback for fewer than 8 tokens, with a notice', () => {
    const { text, notices, rejected } = parseText('too short', 'previous one');
    expect(text).toBe('previous one');
    // the editor keeps the learner's draft and marks it refused (issue 21 item 9)
    expect(rejected).toBe(true);
    expect(notices).toEqual(['Sentence: "too short" has 2 tokens, fewer than 8; using "previous one".']);
  });

  it('keeps the first 64 tokens and cuts at 600 characters', () => {
    const long = Array.from({ length: 70 }, (_, i) => `w${i}`).join(' ');
    const r = parseText(long);
    expect(r.text.split(' ')).toHaveLength(64);
    expect(r.notices).toEqual(['Sentence: 70 tokens is more than 64; using the first 64.']);
    expect(r.rejected).toBeUndefined();
    expect(parseText('x'.repeat(700) + ' a b c d e f g h').notices[0]).toBe('Sentence: longer than 600 characters; cut there.');
  });

  it('shows markup from a URL only as quoted text', () => {
    expect(parseText('<script>alert(1)</script>').notices[0]).toContain('"<script>alert(1)</script…"');
  });
});
