import { describe, expect, it } from 'vitest';
import { crossEntropy, crossEntropyFromLogits } from './cross-entropy';

describe('crossEntropy', () => {
  it('is −log of the true class probability', () => {
    expect(crossEntropy([0.25, 0.75], 1)).toBeCloseTo(0.2876820724517809, 15);
    expect(crossEntropy([0.5, 0.5], 0)).toBeCloseTo(Math.LN2, 15);
    expect(crossEntropy([1, 0], 1)).toBe(Infinity);
  });

  it('rejects a target out of range or negative probabilities', () => {
    expect(() => crossEntropy([0.5, 0.5], 2)).toThrow(new RangeError('target must be an integer in [0, 1], got 2'));
    expect(() => crossEntropy([1.5, -0.5], 0)).toThrow(/probs\[1\]/);
  });
});

describe('crossEntropyFromLogits', () => {
  it('equals crossEntropy(softmax(z)) and is stable for large logits', () => {
    expect(crossEntropyFromLogits([0, 0], 0)).toBeCloseTo(Math.LN2, 15);
    expect(crossEntropyFromLogits([1, 2, 3], 2)).toBeCloseTo(0.40760596444438063, 14);
    expect(crossEntropyFromLogits([1e4, 0], 1)).toBeCloseTo(1e4, 10);
    expect(crossEntropyFromLogits([1e4, 0], 0)).toBe(0);
  });
});
