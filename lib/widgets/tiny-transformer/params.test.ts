import { describe, expect, it } from 'vitest';
import { parse, reconcileTfm, serialize, validHeads } from './params';

describe('tiny-transformer params', () => {
  it('defaults to reverse of 6 digits, 1 layer, 2 heads, d_model 32', () => {
    expect(parse(new URLSearchParams())).toEqual({
      params: { task: 'reverse', length: 6, layers: 1, heads: 2, dModel: 32, lr: 0.01, seed: 1 },
      run: { autoplay: false, until: 0, backend: 'auto' },
      notices: [],
    });
  });

  it('clamps bad values with notices', () => {
    const { params, notices } = parse(new URLSearchParams('task=shuffle&layers=7&heads=0&dModel=abc&lr=5'));
    expect(params).toMatchObject({ task: 'reverse', layers: 2, heads: 1, dModel: 32, lr: 1 });
    expect(notices).toEqual([
      'Task: "shuffle" is not one of copy, reverse, sort; using reverse.',
      'Layers: "7" is outside 1–2; using 2.',
      'Heads: "0" is outside 1–4; using 1.',
      'd_model: "abc" is not a number; using 32.',
      'Learning rate: "5" is outside 0.0001–1; using 1.',
    ]);
  });

  it('rounds d_model to a multiple of 8 and lowers heads to a divisor of it', () => {
    const { params, notices } = parse(new URLSearchParams('dModel=20&heads=3'));
    expect(params).toMatchObject({ dModel: 24, heads: 3 });
    expect(notices).toEqual(['d_model: 20 is not a multiple of 8; using 24.']);
    const b = parse(new URLSearchParams('dModel=16&heads=3'));
    expect(b.params.heads).toBe(2);
    expect(b.notices).toEqual(['Heads: 3 does not divide d_model = 16; using 2.']);
  });

  it('lists the head counts each d_model allows: its divisors within 1–4', () => {
    expect(validHeads(32)).toEqual([1, 2, 4]);
    expect(validHeads(24)).toEqual([1, 2, 3, 4]);
    expect(validHeads(40)).toEqual([1, 2, 4]);
    for (const d of [8, 16, 24, 32, 40, 48, 56, 64]) for (const h of validHeads(d)) expect(d % h).toBe(0);
  });

  it('keeps every listed head count and moves 3 heads to 2 when d_model stops allowing it', () => {
    for (const heads of validHeads(32)) expect(reconcileTfm({ ...parse(new URLSearchParams()).params, heads }).notices).toEqual([]);
    const moved = reconcileTfm({ ...parse(new URLSearchParams('dModel=24&heads=3')).params, dModel: 32 });
    expect(moved.params.heads).toBe(2);
    expect(moved.notices).toEqual(['Heads: 3 does not divide d_model = 32; using 2.']);
  });

  it('round-trips through the URL, omitting defaults', () => {
    const { params } = parse(new URLSearchParams('task=sort&length=5&layers=2&heads=4&dModel=48&lr=0.003&seed=9'));
    expect(serialize(params)).toBe('task=sort&length=5&layers=2&heads=4&dModel=48&lr=0.003&seed=9');
    expect(parse(new URLSearchParams(serialize(params))).params).toEqual(params);
    expect(serialize(parse(new URLSearchParams()).params)).toBe('');
  });
});
