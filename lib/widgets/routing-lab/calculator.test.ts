import { describe, expect, it } from 'vitest';
import { editShape } from './calculator';
import { modelPreset } from './model-presets';

const mixtral = modelPreset('mixtral-8x7b').shape;

describe('editShape', () => {
  it('sets a rounded, clamped value and keeps the rest', () => {
    expect(editShape(mixtral, 'layers', '16.4')).toEqual({ ...mixtral, layers: 16 });
    expect(editShape(mixtral, 'moeEvery', '99').moeEvery).toBe(8);
    expect(editShape(mixtral, 'sharedExperts', '-3').sharedExperts).toBe(0);
  });

  it('ignores empty or non-numeric input', () => {
    expect(editShape(mixtral, 'layers', '')).toBe(mixtral);
    expect(editShape(mixtral, 'layers', 'abc')).toBe(mixtral);
  });

  it('lowers K with N and dense layers with layers', () => {
    expect(editShape(mixtral, 'experts', '1')).toMatchObject({ experts: 1, topK: 1 });
    const v3 = modelPreset('deepseek-v3').shape;
    expect(editShape(v3, 'layers', '2')).toMatchObject({ layers: 2, denseLayers: 2 });
  });
});
