import { describe, expect, it } from 'vitest';
import { formatNumber, texMatrix } from './tex';

describe('texMatrix', () => {
  it('writes rows separated by \\\\ and cells by &', () => {
    expect(texMatrix([[1, 0.5], [-0.25, 2]], 2)).toBe('\\begin{bmatrix} 1.00 & 0.50 \\\\ -0.25 & 2.00 \\end{bmatrix}');
  });
  it('never prints negative zero and writes infinities as symbols', () => {
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
    expect(formatNumber(-Infinity)).toBe('-\\infty');
  });
});
