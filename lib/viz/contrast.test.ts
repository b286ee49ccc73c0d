import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, textOn } from './contrast';
import { EXPERT_COLORS } from './palette';

describe('contrast', () => {
  it('luminance and ratio follow WCAG 2', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 12);
    // #777777: each channel (0.4667 + 0.055) / 1.055 raised to 2.4 = 0.18447…, so 1.05 / 0.23447 = 4.478
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.478, 3);
  });

  it('picks black on yellow and white on indigo', () => {
    expect(textOn('#F0E442')).toBe('#000000');
    expect(textOn('#332288')).toBe('#ffffff');
  });

  it('every expert colour gets text with a contrast of at least 4.5 (WCAG AA)', () => {
    for (const c of EXPERT_COLORS) expect(contrastRatio(c, textOn(c)), c).toBeGreaterThanOrEqual(4.5);
  });
});
