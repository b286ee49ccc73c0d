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

  it('draws a series of one point as a dot, and gives whole-number steps whole-number ticks only', () => {
    const { paths, xTicks } = layoutLines(
      [
        { id: 'heldout', label: 'held-out', color: '#000', points: [[160, 5]] },
        { id: 'unigram', label: 'unigram', color: '#000', points: [[160, 6], [161, 6]] },
      ],
      200,
      100,
      { l: 0, r: 0, t: 0, b: 0 },
    );
    expect(paths[0].dot).toEqual({ x: 0, y: expect.closeTo(100 / 6, 6) });
    expect(paths[1].dot).toBeNull();
    expect(xTicks.map((t) => t.v)).toEqual([160, 161]);
    // fractional x keeps d3's ticks
    const fractional = layoutLines([{ id: 'a', label: 'a', color: '#000', points: [[0, 1], [0.5, 2]] }], 200, 100);
    expect(fractional.xTicks.map((t) => t.v)).toContain(0.2);
  });
});
