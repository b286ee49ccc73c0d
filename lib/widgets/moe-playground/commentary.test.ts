import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import { moeCommentary } from './commentary';

const base = { step: 100, dropped: 0, auxLoss: 1.2, accuracy: 0.9, denseAccuracy: 0.8, k: 1, lambda: 0, capacity: 0 };
const say = (load: number[], extra: Partial<typeof base> = {}) => moeCommentary({ ...base, ...extra, load }).map((l) => t(l.key, l.vars));

describe('moeCommentary', () => {
  it('collapsed: names the expert the router collapsed onto, suggests raising λ, and counts the idle ones', () => {
    expect(say([0.1, 0.71, 0.1, 0.09]).slice(0, 1)).toEqual([
      'Expert 2 takes 71% of the points (uniform would be 25%): the router has collapsed. Raise λ to spread the load.',
    ]);
    const lines = say([0, 0.9, 0.1, 0, 0, 0, 0, 0], { lambda: 0.01 });
    expect(lines[0]).toBe('Expert 2 takes 90% of the points (uniform would be 13%): the router is collapsing despite the balancing loss. Raise λ.');
    expect(lines[1]).toBe('6 of 8 experts get almost no points (under 2.5% each): they receive almost no gradient from the task and stay untrained.');
  });

  it('balanced: even load, and no idle line', () => {
    const lines = say([0.26, 0.24, 0.25, 0.25], { lambda: 0.01 });
    expect(lines[0]).toBe('The load is even: every expert gets some points and the busiest takes 26% against a uniform 25% (1.0× its even share).');
    expect(lines.some((l) => l.includes('almost no points'))).toBe(false);
  });

  it('partial: a busiest share of 18 % beside an idle expert is never called even (issue 21)', () => {
    const lines = say([0.18, 0.15, 0.15, 0.14, 0.14, 0.12, 0.11, 0.01], { lambda: 1 });
    expect(lines.slice(0, 2)).toEqual([
      'The load is uneven but not collapsed: expert 1 takes 18% against a uniform 13% (1.4× its even share).',
      '1 of 8 experts get almost no points (under 2.5% each): they receive almost no gradient from the task and stay untrained.',
    ]);
    expect(lines.some((l) => l.startsWith('The load is even'))).toBe(false);
  });

  it('lists drops after the balance lines', () => {
    const keys = moeCommentary({ ...base, load: [0.5, 0.49, 0.01, 0], capacity: 1, dropped: 0.12 }).map((l) => l.key);
    expect(keys).toEqual(['moe.comment.collapseNoLambda', 'moe.comment.idle', 'moe.comment.dropped', 'moe.comment.aux', 'moe.comment.dense']);
  });
});
