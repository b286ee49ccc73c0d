import { describe, expect, it } from 'vitest';
import { sigmoid, softplus } from './activations';

describe('sigmoid', () => {
  it('matches 1 / (1 + e^−x)', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(2)).toBeCloseTo(0.8807970779778823, 15);
    expect(sigmoid(-2)).toBeCloseTo(0.11920292202211755, 15);
  });

  it('saturates without NaN for very large |x|', () => {
    expect(sigmoid(1e4)).toBe(1);
    expect(sigmoid(-1e4)).toBe(0);
    expect(sigmoid(-800)).toBe(0);
    expect(() => sigmoid(Number.NaN)).toThrow(RangeError);
  });
});

describe('softplus', () => {
  it('matches log(1 + e^x)', () => {
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(softplus(1)).toBeCloseTo(1.3132616875182228, 15);
    expect(softplus(-1)).toBeCloseTo(0.31326168751822286, 15);
  });

  it('is x for very large x and ≈ e^x for very negative x', () => {
    expect(softplus(1e4)).toBe(1e4);
    expect(softplus(-1e4)).toBe(0);
    expect(softplus(-30)).toBeCloseTo(Math.exp(-30), 25);
  });
});
