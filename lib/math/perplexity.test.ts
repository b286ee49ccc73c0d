import { describe, expect, it } from 'vitest';
import { perplexity } from './decoding';
import { perplexityFromLogits } from './perplexity';

describe('perplexityFromLogits', () => {
  it('uniform logits over V tokens: NLL ln V, perplexity V, log2 V bits', () => {
    const r = perplexityFromLogits([[0, 0, 0, 0], [5, 5, 5, 5]], [1, 3]);
    expect(r.nats).toBeCloseTo(Math.log(4), 14);
    expect(r.perplexity).toBeCloseTo(4, 12);
    expect(r.bitsPerToken).toBeCloseTo(2, 14);
  });

  it('is the exponential of the mean, not the mean of the exponentials', () => {
    // p(target) = 1/2 and 1/8: NLL = (ln 2 + ln 8)/2 = 2 ln 2 → perplexity 4 (the mean of 2 and 8 would be 5)
    const r = perplexityFromLogits([[0, 0], [Math.log(1 / 8), Math.log(7 / 8)]], [0, 0]);
    expect(r.nats).toBeCloseTo(2 * Math.LN2, 14);
    expect(r.perplexity).toBeCloseTo(4, 12);
    expect(r.bitsPerToken).toBeCloseTo(2, 14);
    expect(r.perplexity).toBeCloseTo(perplexity([1 / 2, 1 / 8]), 12);
  });

  it('stays finite for large logits and refuses a bad target', () => {
    expect(perplexityFromLogits([[1000, 1000]], [0]).perplexity).toBeCloseTo(2, 12);
    expect(() => perplexityFromLogits([[0, 0]], [2])).toThrow(/targets\[0\]/);
    expect(() => perplexityFromLogits([[0, 0]], [0, 1])).toThrow(/1 token ids/);
  });
});
