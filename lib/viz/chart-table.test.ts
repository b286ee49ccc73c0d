import { describe, expect, it } from 'vitest';
import { lineTableRows } from './chart-table';

describe('lineTableRows', () => {
  const a = { id: 'a', label: 'A', color: '#000', points: Array.from({ length: 100 }, (_, i) => [i * 10, i] as const) };
  const b = { id: 'b', label: 'B', color: '#111', points: [[0, 5], [990, 7]] as const };

  it('keeps every x when there are few', () => {
    expect(lineTableRows([b], 20)).toEqual([{ x: 0, ys: [5] }, { x: 990, ys: [7] }]);
  });

  it('spreads at most maxRows rows evenly, keeping the first and last x, with null for missing points', () => {
    const rows = lineTableRows([a, b], 12);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ x: 0, ys: [0, 5] });
    expect(rows[11]).toEqual({ x: 990, ys: [99, 7] });
    expect(rows[1]).toEqual({ x: 90, ys: [9, null] });
  });
});
