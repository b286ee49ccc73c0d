import { describe, expect, it } from 'vitest';
import { MOE_PRESETS, parseMoeParams, serializeMoeParams } from './params';

describe('parseMoeParams', () => {
  it('clamps K to N with a notice naming both', () => {
    const { params, notices } = parseMoeParams(new URLSearchParams('experts=4&k=9'));
    expect(params.k).toBe(4);
    expect(notices).toEqual(['Top-K: 9 is more than the 4 experts; using K = 4.']);
  });

  it('reads run options', () => {
    expect(parseMoeParams(new URLSearchParams('autoplay=1&until=300&backend=cpu')).run).toEqual({ autoplay: true, until: 300, backend: 'cpu' });
  });

  it('round-trips through the URL', () => {
    const { params } = parseMoeParams(new URLSearchParams('dataset=xor&experts=6&k=3&lambda=0.1&capacity=1.5&noise=1&lr=0.01&seed=7'));
    expect(serializeMoeParams(params)).toBe('dataset=xor&experts=6&k=3&lambda=0.1&capacity=1.5&noise=1&lr=0.01&seed=7');
    expect(parseMoeParams(new URLSearchParams(serializeMoeParams(params))).params).toEqual(params);
  });

  it('has presets whose values are all valid', () => {
    for (const preset of MOE_PRESETS) {
      const query = serializeMoeParams({ ...parseMoeParams(new URLSearchParams()).params, ...preset.values });
      expect(parseMoeParams(new URLSearchParams(query)).notices, preset.id).toEqual([]);
    }
  });
});
