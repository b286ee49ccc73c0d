import { describe, expect, it } from 'vitest';
import { texToPlain } from './tex-to-plain';

describe('texToPlain', () => {
  it('turns common formulas into readable text', () => {
    expect(texToPlain('QK^\\top')).toBe('QKᵀ');
    expect(texToPlain('\\sqrt{d_k}')).toBe('√d_k');
    expect(texToPlain('\\frac{1}{\\sqrt{d_k}}')).toBe('(1)/(√d_k)');
    expect(texToPlain('\\mathrm{softmax}\\!\\Big(\\frac{QK^\\top}{\\sqrt{d_k}}\\Big)V')).toBe('softmax((QKᵀ)/(√d_k))V');
    expect(texToPlain('p(x_t \\mid x_{<t})')).toBe('p(x_t | x_<t)');
    expect(texToPlain('\\alpha \\cdot N \\cdot \\sum_i f_i P_i')).toBe('α · N · Σ_i f_i P_i');
    expect(texToPlain('x \\in \\mathbb R^{d}')).toBe('x ∈ ℝ^d');
  });
});
