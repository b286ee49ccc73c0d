import { describe, expect, it } from 'vitest';
import { loadBalance, maxOverMean } from './load-balance';

describe('maxOverMean', () => {
  it('is 1 for even load and max / mean otherwise', () => {
    expect(maxOverMean([2, 2, 2])).toBe(1);
    expect(maxOverMean([4, 1, 1])).toBe(2);
    expect(() => maxOverMean([0, 0])).toThrow(/positive mean/);
  });
});


describe('loadBalance', () => {
  it('even load: max/mean 1, no idle expert, balanced', () => {
    expect(loadBalance([0.25, 0.25, 0.25, 0.25])).toEqual({ maxOverMean: 1, busiest: 0, busiestShare: 0.25, idle: 0, verdict: 'balanced' });
  });
  it('everything on one of 8 experts: max/mean 8, 7 idle, collapsed', () => {
    expect(loadBalance([0, 0, 1, 0, 0, 0, 0, 0])).toMatchObject({ maxOverMean: 8, busiest: 2, idle: 7, verdict: 'collapsed' });
  });
  it('a low busiest share beside an idle expert is partial, never balanced (the 18 % case of issue 21)', () => {
    const load = [0.18, 0.15, 0.15, 0.14, 0.14, 0.12, 0.11, 0.01];
    const b = loadBalance(load);
    expect(b.maxOverMean).toBeCloseTo(1.44, 10);
    expect(b.idle).toBe(1);
    expect(b.verdict).toBe('partial');
  });
  it('the idle threshold is a fifth of the even share', () => {
    expect(loadBalance([0.3, 0.3, 0.349, 0.051]).idle).toBe(0);
    expect(loadBalance([0.3, 0.3, 0.351, 0.049]).idle).toBe(1);
  });
});
