import { describe, expect, it } from 'vitest';
import { matmulIntensity } from './arithmetic-intensity';

describe('matmulIntensity', () => {
  it('a 4096 × 4096 bf16 matrix at batch 1: 2·4096² FLOPs over 2·(4096² + 2·4096) bytes', () => {
    const r = matmulIntensity(1, 4096, 4096, 2);
    expect(r.flops).toBe(33_554_432);
    expect(r.bytes).toBe(33_570_816);
    expect(r.intensity).toBeCloseTo(33_554_432 / 33_570_816, 14);
  });

  it('grows about linearly with the batch while the batch is small', () => {
    const r = matmulIntensity(64, 8192, 8192, 2);
    expect(r.flops).toBe(2 * 64 * 8192 * 8192);
    expect(r.bytes).toBe(2 * (8192 * 8192 + 2 * 64 * 8192));
    expect(r.intensity).toBeCloseTo(63.015384615384615, 10);
  });

  it('refuses a batch of 0 and non-positive bytes', () => {
    expect(() => matmulIntensity(0, 1, 1, 2)).toThrow(/batch/);
    expect(() => matmulIntensity(1, 1, 1, 0)).toThrow(/bytes/);
  });
});
