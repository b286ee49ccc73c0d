import { describe, expect, it } from 'vitest';
import { perplexity } from './perplexity';

describe('perplexity', () => {
  it('uniform logits over V tokens: NLL ln V, perplexity V, log2 V bits', () => {
    const r = perplexity([[0, 0, 0, 0], [5, 5, 5, 5]], [1, 3]);
    expect(r.nats).toBeCloseTo(Math.log(4), 14);
    expect(r.perplexity).toBeCloseTo(4, 12);
    expect(r.bitsPerToken).toBeCloseTo(2, 14);
  });

  it('is the exponential of the mean, not the mean of the exponentials', () => {
    // p(target) = 1/2 and 1/8: NLL = (ln 2 + ln 8)/2 = 2 ln 2 → perplexity 4 (the mean of 2 and 8 would be 5)
    const r = perplexity([[0, 0], [Math.log(1 / 8), Math.log(7 / 8)]], [0, 0]);
    expect(r.nats).toBeCloseTo(2 * Math.LN2, 14);
    expect(r.perplexity).toBeCloseTo(4, 12);
    expect(r.bitsPerToken).toBeCloseTo(2, 14);
  });

  it('stays finite for large logits and refuses a bad target', () => {
    expect(perplexity([[1000, 1000]], [0]).perplexity).toBeCloseTo(2, 12);
    expect(() => perplexity([[0, 0]], [2])).toThrow(/targets\[0\]/);
    expect(() => perplexity([[0, 0]], [0, 1])).toThrow(/1 token ids/);
  });
});
