import { describe, expect, it } from 'vitest';
import { routeTopP, softmax } from '@/lib/math';
import { cumulativeByRank } from './cumulative';

describe('cumulativeByRank', () => {
  it('sorts descending (ties to the lower id) and accumulates', () => {
    const { order, cumulative } = cumulativeByRank([0.2, 0.5, 0.2, 0.1]);
    expect(order).toEqual([1, 0, 2, 3]);
    expect(cumulative.map((c) => Number(c.toFixed(12)))).toEqual([0.5, 0.7, 0.9, 1]);
  });

  it('agrees with routeTopP: the selection ends where the running sum reaches p', () => {
    const logits = [0.3, -1, 2, 0.5, 0.1];
    const { order, cumulative } = cumulativeByRank(softmax(logits));
    const count = cumulative.findIndex((c) => c >= 0.8) + 1;
    expect(routeTopP([logits], 0.8).indices[0]).toEqual(order.slice(0, count));
  });
});
