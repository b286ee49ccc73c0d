import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCE } from '@/lib/widgets/attention-explorer/tokens';
import {
  applyAttentionPreset,
  ATTENTION_PRESETS,
  parseAttentionParams,
  parseAttentionText,
  serializeAttentionParams,
} from './params';

const parse = (q: string) => parseAttentionParams(new URLSearchParams(q));

describe('parseAttentionParams', () => {
  it('defaults to the example sentence, one head of d_k = 16, scaled, τ = 1, no masks', () => {
    const { params, notices } = parse('');
    expect(notices).toEqual([]);
    expect(params).toEqual({ text: DEFAULT_SENTENCE, dk: 16, scale: true, temp: 1, heads: 1, causal: false, pad: 0, padmask: true, seed: 1 });
    expect(serializeAttentionParams(params)).toBe('');
  });

  it('clamps out-of-range and malformed values, each with a notice', () => {
    const { params, notices } = parse('dk=4096&heads=0&temp=-3&scale=maybe&pad=2.6&seed=abc');
    expect(params).toMatchObject({ dk: 512, heads: 1, temp: 0.1, scale: true, pad: 3, seed: 1 });
    expect(notices).toEqual([
      'Key width d_k: "4096" is outside 2–512; using 512.',
      'Scale scores by 1/√d_k: "maybe" is not on/off (1 or 0); using on.',
      'Temperature τ: "-3" is outside 0.1–10; using 0.1.',
      'Heads H: "0" is outside 1–8; using 1.',
      'Padding tokens: "2.6" is not a whole number; using 3.',
      'Seed: "abc" is not a number; using 1.',
    ]);
  });

  it('treats markup in the URL as plain words, quoted in notices', () => {
    expect(parse(`text=${encodeURIComponent('<b>bold</b> move')}`).params.text).toBe('<b>bold</b> move');
    const { params, notices } = parse(`text=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(params.text).toBe(DEFAULT_SENTENCE);
    expect(notices).toEqual([`Sentence: "<script>alert(1)</script…" has fewer than 2 tokens; keeping "${DEFAULT_SENTENCE.slice(0, 24)}…".`]);
  });

  it('round-trips through the URL, the sentence included', () => {
    const query = 'dk=512&scale=0&temp=0.25&heads=4&causal=1&pad=2&padmask=0&seed=7&text=a+b+c';
    const { params, notices } = parse(query);
    expect(notices).toEqual([]);
    expect(serializeAttentionParams(params)).toBe(query);
    expect(parse(serializeAttentionParams(params)).params).toEqual(params);
  });

  it('applies a preset over the defaults: a second preset replaces the first, keeping the sentence and locked knobs', () => {
    const start = { ...parse('text=one+two+three&seed=7&pad=2').params };
    const heads = ATTENTION_PRESETS.find((p) => p.id === 'heads')!;
    const sharp = ATTENTION_PRESETS.find((p) => p.id === 'sharp')!;
    const first = applyAttentionPreset(start, heads.values);
    expect(serializeAttentionParams(first)).toBe('dk=4&heads=4&text=one+two+three');
    const second = applyAttentionPreset(first, sharp.values);
    expect(serializeAttentionParams(second)).toBe('temp=0.25&text=one+two+three');
    const locked = applyAttentionPreset({ ...first, dk: 64 }, sharp.values, new Set(['dk']));
    expect(serializeAttentionParams(locked)).toBe('dk=64&temp=0.25&text=one+two+three');
    expect(applyAttentionPreset(first, { dk: 512 }, new Set(['dk'])).dk).toBe(4);
  });

  it('has presets whose values are all valid and change something', () => {
    const defaults = parse('').params;
    for (const preset of ATTENTION_PRESETS) {
      const query = serializeAttentionParams({ ...defaults, ...preset.values });
      expect(query, preset.id).not.toBe('');
      expect(parse(query).notices, preset.id).toEqual([]);
    }
  });
});

describe('parseAttentionText', () => {
  it('normalises whitespace', () => {
    expect(parseAttentionText('  a  b\tc ')).toEqual({ text: 'a b c', notices: [] });
  });

  it('keeps the first 12 tokens, with a notice naming what is kept', () => {
    const { text, notices } = parseAttentionText('one two three four five six seven eight nine ten eleven twelve thirteen fourteen');
    expect(text).toBe('one two three four five six seven eight nine ten eleven twelve');
    expect(notices).toEqual(['Sentence: 14 tokens; the explorer takes at most 12, so it uses “one two three four five six seven eight nine ten eleven twelve”.']);
  });

  it('keeps the fallback for fewer than 2 tokens and cuts at 200 characters', () => {
    expect(parseAttentionText('alone', 'before now')).toEqual({ text: 'before now', notices: ['Sentence: "alone" has fewer than 2 tokens; keeping "before now".'], rejected: true });
    const long = parseAttentionText(`${'x'.repeat(150)} ${'y'.repeat(150)}`);
    expect(long.text).toBe(`${'x'.repeat(150)} ${'y'.repeat(49)}`);
    expect(long.notices).toEqual(['Sentence: longer than 200 characters; only the first 200 are used.']);
  });
});
