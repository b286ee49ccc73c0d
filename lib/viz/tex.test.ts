import { describe, expect, it } from 'vitest';
import { formatNumber, texChain, texLines, texMatrix } from './tex';

describe('texMatrix', () => {
  it('writes rows separated by \\\\ and cells by &', () => {
    expect(texMatrix([[1, 0.5], [-0.25, 2]], 2)).toBe('\\begin{bmatrix} 1.00 & 0.50 \\\\ -0.25 & 2.00 \\end{bmatrix}');
  });
  it('never prints negative zero and writes infinities as symbols', () => {
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
    expect(formatNumber(-Infinity)).toBe('-\\infty');
  });
});

describe('texLines and texChain', () => {
  it('stacks formulas in gathered, one a line, and leaves a single one alone', () => {
    expect(texLines(['a = 1,', 'b = 2'])).toBe('\\begin{gathered} a = 1, \\\\ b = 2 \\end{gathered}');
    expect(texLines(['a = 1'])).toBe('a = 1');
  });
  it('puts each right-hand side on its own line, aligned on =', () => {
    expect(texChain('p', 'f(Z)', '0.5')).toBe('\\begin{aligned} p &= f(Z) \\\\ &= 0.5 \\end{aligned}');
  });
});
