import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKnob, parseKnobs, randomSeed, SEED_MAX, seedKnob, serializeKnobs, type Knob } from './knobs';

const KNOBS: Knob[] = [
  { kind: 'int', key: 'experts', label: 'Experts', min: 1, max: 16, default: 8 },
  { kind: 'number', key: 'lambda', label: 'λ', min: 1e-4, max: 1, default: 0.01, scale: 'log', zero: true },
  { kind: 'enum', key: 'dataset', label: 'Dataset', options: ['spiral', 'xor'], default: 'spiral' },
  { kind: 'bool', key: 'noise', label: 'Noisy gating', default: false },
];

const parse = (q: string) => parseKnobs(KNOBS, new URLSearchParams(q));

describe('parseKnobs', () => {
  it('uses defaults for missing keys without notices', () => {
    expect(parse('')).toEqual({ values: { experts: 8, lambda: 0.01, dataset: 'spiral', noise: false }, notices: [] });
  });

  it('accepts valid values', () => {
    expect(parse('experts=4&lambda=0&dataset=xor&noise=1').values).toEqual({ experts: 4, lambda: 0, dataset: 'xor', noise: true });
  });

  it('clamps out-of-range numbers with a notice naming the knob', () => {
    const { values, notices } = parse('experts=40&lambda=5');
    expect(values.experts).toBe(16);
    expect(values.lambda).toBe(1);
    expect(notices).toEqual(['Experts: "40" is outside 1–16; using 16.', 'λ: "5" is outside 0.0001–1 (or 0 for off); using 1.']);
  });

  it('raises a positive λ below the log range to its minimum, and negative to off', () => {
    expect(parse('lambda=0.00001').values.lambda).toBe(1e-4);
    expect(parse('lambda=-1').values.lambda).toBe(0);
  });

  it('falls back to the default on malformed input and keeps the first of repeated keys', () => {
    const { values, notices } = parse('experts=abc&dataset=<script>alert(1)</script>&noise=maybe&lambda=NaN&experts=3');
    expect(values).toEqual({ experts: 8, lambda: 0.01, dataset: 'spiral', noise: false });
    expect(notices).toContain('Experts: given 2 times; using the first.');
    expect(notices).toContain('Experts: "abc" is not a number; using 8.');
    expect(notices).toContain('Dataset: "<script>alert(1)</script…" is not one of spiral, xor; using spiral.');
    expect(notices).toContain('λ: "NaN" is not a number; using 0.01.');
  });

  // Number('0x10') is 16: a URL with experts=0x10 used to get 16 experts without a word.
  it.each(['0x10', '0X10', '0b101', '0o17', '-0x1', '0x1p3'])('refuses %j (not a decimal number) with a notice', (raw) => {
    const { values, notices } = parse(`experts=${encodeURIComponent(raw)}`);
    expect(values.experts).toBe(8);
    expect(notices).toEqual([`Experts: ${JSON.stringify(raw)} is not a decimal number; using 8.`]);
  });

  it.each([
    ['1e+308', 16],
    ['1e999', 16],
    ['-1e999', 1],
    ['1E1', 10],
    ['.5e1', 5],
    ['+4', 4],
    [' 4 ', 4],
    ['4.', 4],
    ['004', 4],
  ])('accepts the decimal %j', (raw, experts) => expect(parse(`experts=${encodeURIComponent(raw)}`).values.experts).toBe(experts));

  it('rounds fractional integers with a notice', () => {
    expect(parse('experts=2.6')).toEqual({ values: expect.objectContaining({ experts: 3 }), notices: ['Experts: "2.6" is not a whole number; using 3.'] });
  });

  it('never throws and always yields values in range, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const { values } = parseKnobs(KNOBS, new URLSearchParams([['experts', a], ['lambda', b], ['dataset', a]]));
        expect(values.experts).toBeGreaterThanOrEqual(1);
        expect(values.experts).toBeLessThanOrEqual(16);
        expect(values.lambda === 0 || ((values.lambda as number) >= 1e-4 && (values.lambda as number) <= 1)).toBe(true);
        expect(['spiral', 'xor']).toContain(values.dataset);
      }),
    );
  });
});

describe('serializeKnobs', () => {
  it('omits defaults and round-trips', () => {
    const values = { experts: 3, lambda: 0, dataset: 'spiral', noise: true };
    const params = serializeKnobs(KNOBS, values);
    expect(params.toString()).toBe('experts=3&lambda=0&noise=1');
    expect(parseKnobs(KNOBS, params)).toEqual({ values, notices: [] });
  });
});

describe('seed', () => {
  it('draws a new seed in 0…SEED_MAX that always differs from the current one', () => {
    expect(randomSeed(5, () => 0)).toBe(0);
    expect(randomSeed(0, () => 0)).toBe(1);
    expect(randomSeed(SEED_MAX, () => 0.9999999999)).toBe(SEED_MAX - 1);
    expect(randomSeed(3, () => 0.9999999999)).toBe(SEED_MAX);
    for (let i = 0; i < 200; i++) {
      const s = randomSeed(42);
      expect(Number.isInteger(s) && s >= 0 && s <= SEED_MAX && s !== 42).toBe(true);
    }
  });

  it('clamps a typed seed with the same notice as a URL value', () => {
    const knob = seedKnob('Seed');
    expect(parseKnob(knob, '1234567')).toEqual({ value: SEED_MAX, notice: 'Seed: "1234567" is outside 0–999999; using 999999.' });
    expect(parseKnob(knob, '12.6')).toEqual({ value: 13, notice: 'Seed: "12.6" is not a whole number; using 13.' });
    expect(parseKnob(knob, '77')).toEqual({ value: 77 });
  });
});
