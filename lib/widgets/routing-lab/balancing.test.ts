import { describe, expect, it } from 'vitest';
import { routeTopK } from '@/lib/math';
import { simulateBiasBalancing } from './balancing';
import { computeRoutingLab, type LabInput } from './lab';
import { positionTokens, toyLogits } from './tokens';

// A router skewed towards the low-numbered experts: 32 tokens, 8 experts, skew 3.
const probs = routeTopK(toyLogits(positionTokens(32), 8, 5, 3), 2).probs;

describe('simulateBiasBalancing', () => {
  const history = simulateBiasBalancing(probs, 2, true, 0.01, 50);

  it('starts from the unbiased router', () => {
    expect(history).toHaveLength(51);
    expect(history[0].bias).toEqual(new Array(8).fill(0));
    expect(history[0].load.reduce((a, b) => a + b, 0)).toBe(64);
  });

  it('reduces the max/mean load of a skewed router over 50 steps', () => {
    expect(history[0].maxOverMean).toBeGreaterThan(2);
    expect(history[50].maxOverMean).toBeLessThan(history[0].maxOverMean);
    expect(history[50].maxOverMean).toBeLessThan(1.5);
  });

  it('moves each bias by −γ, 0 or +γ per step, against the load', () => {
    for (let s = 1; s < history.length; s++) {
      const mean = 64 / 8;
      history[s].bias.forEach((b, e) => {
        const delta = b - history[s - 1].bias[e];
        expect(Math.abs(Math.abs(delta) - (history[s - 1].load[e] === mean ? 0 : 0.01))).toBeLessThan(1e-12);
        if (history[s - 1].load[e] > mean) expect(delta).toBeLessThan(0);
      });
    }
  });

  it('lowers the load-balancing loss as the load evens out', () => {
    expect(history[50].balanceLoss).toBeLessThan(history[0].balanceLoss);
  });
});

describe('computeRoutingLab', () => {
  const input: LabInput = {
    source: 'random', text: '', tokens: 32, experts: 8, k: 2, mode: 'top-k', renorm: true,
    capacity: 1.25, p: 0.6, shared: 0, noise: false, skew: 3, gamma: 0.01, steps: 20, seed: 5,
  };

  it('routes with the bias reached after `steps` updates', () => {
    const lab = computeRoutingLab(input);
    expect(lab.balancing).toHaveLength(21);
    expect(lab.result.indices.flat().length).toBe(64);
    const counts = new Array(8).fill(0);
    lab.result.indices.flat().forEach((e) => counts[e]++);
    expect(counts).toEqual(lab.balancing?.[20].load);
  });

  it('has no balancing history outside top-K routing', () => {
    expect(computeRoutingLab({ ...input, mode: 'expert-choice' }).balancing).toBeNull();
  });

  it('uses the sentence’s words as tokens', () => {
    expect(computeRoutingLab({ ...input, source: 'sentence', text: 'a b c d e f g h' }).tokens).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});
