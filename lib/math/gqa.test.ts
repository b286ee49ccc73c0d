import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from './attention';
import { groupedQueryAttention, kvHeadOf } from './gqa';
import { expectCloseMatrix, expectCloseVector } from './test-helpers';

const K = [
  [[1, 0], [0, 1], [1, 1]],
  [[0, 2], [2, 0], [-1, 1]],
];
const V = [
  [[1, 2], [3, 4], [5, 6]],
  [[-1, 0], [0, -1], [2, 2]],
];
const Q = [[1, 0], [0, 1], [1, -1], [0.5, 0.5]];

describe('kvHeadOf', () => {
  it('groups consecutive query heads: 8 heads on 2 KV heads → 0,0,0,0,1,1,1,1', () => {
    expect(Array.from({ length: 8 }, (_, h) => kvHeadOf(h, 8, 2))).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(() => kvHeadOf(0, 6, 4)).toThrow(/multiple/);
  });
});

describe('groupedQueryAttention', () => {
  it('heads 0–1 read KV head 0 and heads 2–3 read KV head 1', () => {
    const out = groupedQueryAttention(Q, K, V);
    Q.forEach((q, h) => expectCloseVector(out[h], scaledDotProductAttention([q], K[h < 2 ? 0 : 1], V[h < 2 ? 0 : 1]).output[0], 14));
  });

  it('a worked value: one head, one key → the value itself; two equal scores → the mean of the values', () => {
    expectCloseMatrix(groupedQueryAttention([[3, 4]], [[[1, 1]]], [[[7, -7]]]), [[7, -7]], 15);
    expectCloseMatrix(groupedQueryAttention([[1, 1]], [[[1, 0], [0, 1]]], [[[2, 0], [0, 2]]]), [[1, 1]], 15);
  });

  it('with one KV head (MQA) every query head reads it; with n_kv = n_h it is per-head MHA', () => {
    const mqa = groupedQueryAttention(Q, [K[0]], [V[0]]);
    Q.forEach((q, h) => expectCloseVector(mqa[h], scaledDotProductAttention([q], K[0], V[0]).output[0], 14));
    const mha = groupedQueryAttention(Q.slice(0, 2), K, V);
    expectCloseVector(mha[1], scaledDotProductAttention([Q[1]], K[1], V[1]).output[0], 14);
  });

  it('a decode step equals the last row of full causal attention over the same tokens', () => {
    // queries of all 3 tokens for head 2 (KV head 1); the decode step sees only the last one
    const queries = [[0.3, -1], [2, 0.5], Q[2]];
    const full = scaledDotProductAttention(queries, K[1], V[1], 'causal').output;
    expectCloseVector(groupedQueryAttention(Q, K, V)[2], full[2], 14);
  });

  it('refuses head counts that do not divide and mismatched key widths', () => {
    expect(() => groupedQueryAttention(Q.slice(0, 3), K, V)).toThrow(/multiple/);
    expect(() => groupedQueryAttention([[1, 2, 3]], [K[0]], [V[0]])).toThrow(/columns/);
  });
});
