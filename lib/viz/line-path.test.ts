import { describe, expect, it } from 'vitest';
import { layoutLines } from './line-path';

describe('layoutLines', () => {
  it('maps points into the plot box and breaks lines at non-finite values', () => {
    const { paths, plot } = layoutLines(
      [{ id: 'loss', label: 'loss', color: '#000', points: [[0, 1], [1, NaN], [2, 0]] }],
      200,
      100,
      { l: 0, r: 0, t: 0, b: 0 },
    );
    expect(plot).toEqual({ left: 0, right: 200, top: 0, bottom: 100 });
    expect(paths[0].d).toBe('M0,0ZM200,100Z');
  });
});
