import { describe, expect, it } from 'vitest';
import { routeTopP, softmax } from '@/lib/math';
import { cumulativeByRank, editShape } from './calculator';
import { modelPreset } from './model-presets';

const mixtral = modelPreset('mixtral-8x7b').shape;

describe('editShape', () => {
  it('sets a rounded, clamped value and keeps the rest', () => {
    expect(editShape(mixtral, 'layers', '16.4')).toEqual({ ...mixtral, layers: 16 });
    expect(editShape(mixtral, 'moeEvery', '99').moeEvery).toBe(8);
    expect(editShape(mixtral, 'sharedExperts', '-3').sharedExperts).toBe(0);
  });

  it('ignores empty or non-numeric input', () => {
    expect(editShape(mixtral, 'layers', '')).toBe(mixtral);
    expect(editShape(mixtral, 'layers', 'abc')).toBe(mixtral);
  });

  it('lowers K with N and dense layers with layers', () => {
    expect(editShape(mixtral, 'experts', '1')).toMatchObject({ experts: 1, topK: 1 });
    const v3 = modelPreset('deepseek-v3').shape;
    expect(editShape(v3, 'layers', '2')).toMatchObject({ layers: 2, denseLayers: 2 });
  });
});

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
