import { createRandom, groupedQueryAttention } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

/** A heads × … tensor of normal draws (seeded), rounded to 3 decimals so the arguments read well. */
function tensor(seed: number, dims: number[]): unknown {
  const random = createRandom(seed);
  const build = (level: number): unknown =>
    level === dims.length - 1
      ? Array.from({ length: dims[level] }, () => Math.round(random.normal() * 1000) / 1000)
      : Array.from({ length: dims[level] }, () => build(level + 1));
  return build(0);
}

type Case = [heads: number, kvHeads: number, tokens: number, dk: number, dv: number, seed: number, hidden: boolean, note: string];
const cases: Case[] = [
  [4, 2, 3, 2, 2, 1, false, '4 query heads on 2 key/value heads'],
  [2, 2, 2, 2, 3, 2, false, 'n_kv = n_h: multi-head attention'],
  [4, 1, 5, 4, 2, 3, true, 'n_kv = 1: multi-query attention'],
  [8, 2, 4, 3, 3, 4, true, 'groups of 4: heads 0–3 and 4–7'],
  [6, 3, 2, 16, 2, 5, true, 'd_k = 16: scale by √16 = 4'],
  [4, 2, 1, 2, 2, 6, true, 'one cached token: the output is its value'],
];

export const tests: ExerciseTest[] = cases.map(([heads, kvHeads, tokens, dk, dv, seed, hidden, note]) => {
  const q = tensor(seed, [heads, dk]) as number[][];
  // keys scaled by 3 so that a missing or wrong 1/√d_k changes the weights visibly
  const keys = (tensor(seed + 100, [kvHeads, tokens, dk]) as number[][][]).map((h) => h.map((k) => k.map((x) => 3 * x)));
  const values = tensor(seed + 200, [kvHeads, tokens, dv]) as number[][][];
  return { call: 'gqaDecode', args: [q, keys, values], expected: groupedQueryAttention(q, keys, values), tolerance: 1e-9, hidden, note };
});
