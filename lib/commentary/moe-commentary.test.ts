import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { moeCommentary } from './moe-commentary';

const base = { step: 100, dropped: 0, auxLoss: 1.2, accuracy: 0.9, denseAccuracy: 0.8, k: 1, lambda: 0, capacity: 0 };

describe('moeCommentary', () => {
  it('names the expert the router collapsed onto and suggests raising λ', () => {
    const lines = moeCommentary({ ...base, load: [0.1, 0.71, 0.1, 0.09] });
    expect(t(lines[0].key, lines[0].vars)).toBe('Expert 2 takes 71% of the points (uniform would be 25%): the router has collapsed. Raise λ to spread the load.');
  });

  it('reports even load, starving experts and drops', () => {
    const even = moeCommentary({ ...base, lambda: 0.01, load: [0.26, 0.24, 0.25, 0.25] });
    expect(even[0].key).toBe('moe.comment.balanced');
    const starving = moeCommentary({ ...base, load: [0.5, 0.49, 0.01, 0], capacity: 1, dropped: 0.12 });
    expect(starving.map((l) => l.key)).toEqual(['moe.comment.collapseNoLambda', 'moe.comment.idle', 'moe.comment.dropped', 'moe.comment.aux', 'moe.comment.dense']);
    expect(t(starving[1].key, starving[1].vars)).toContain('2 of 4 experts');
  });
});
