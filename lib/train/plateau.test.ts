import { describe, expect, it } from 'vitest';
import { findPlateau, keepForPlateau, PLATEAU, type ProgressPoint } from './plateau';

/** A run measured every `every` steps with the given accuracy and loss as functions of the step. */
function run(until: number, every: number, accuracy: (step: number) => number, loss: (step: number) => number): ProgressPoint[] {
  return Array.from({ length: Math.floor(until / every) + 1 }, (_, i) => ({ step: i * every, accuracy: accuracy(i * every), loss: loss(i * every) }));
}

describe('findPlateau', () => {
  const options = { window: 1000, epsilon: 0.01, target: 1 };

  it('finds none before the accuracy reaches 100 %, nor for a stretch shorter than the window', () => {
    expect(findPlateau([], options)).toBeNull();
    expect(findPlateau(run(5000, 100, () => 0.99, () => 0.05), options)).toBeNull();
    // 100 % from step 4,200: 800 steps at the target by step 5,000
    expect(findPlateau(run(5000, 100, (s) => (s >= 4200 ? 1 : 0.9), () => 0.02), options)).toBeNull();
  });

  it('stops after a window at 100 % with a flat loss, and says for how long', () => {
    const points = run(5200, 100, (s) => (s >= 4200 ? 1 : 0.9), () => 0.02);
    expect(findPlateau(points, options)).toEqual({ steps: 1000, improvement: 0 });
  });

  it('keeps going while the loss still falls by ε or more over the window', () => {
    // at 100 % from step 0, loss falling 0.02 per 1,000 steps
    const falling = run(3000, 100, () => 1, (s) => 0.1 - 0.00002 * s);
    expect(findPlateau(falling, options)).toBeNull();
    // the same run once the fall slows below ε per window
    const slowing = run(3000, 100, () => 1, (s) => 0.1 - 0.000005 * s);
    const found = findPlateau(slowing, options);
    expect(found?.steps).toBe(3000);
    expect(found?.improvement).toBeCloseTo(0.005, 10);
  });

  it('restarts the stretch when the accuracy dips below the target', () => {
    const dip = run(3000, 100, (s) => (s === 2500 ? 0.999 : 1), () => 0.01);
    expect(findPlateau(dip, options)).toBeNull();
    expect(findPlateau([...dip, { step: 3600, accuracy: 1, loss: 0.01 }], options)).toEqual({ steps: 1000, improvement: 0 });
  });

  it('reads sparse snapshots: the loss is compared with the latest point a full window back', () => {
    const sparse: ProgressPoint[] = [
      { step: 0, accuracy: 1, loss: 0.5 },
      { step: 900, accuracy: 1, loss: 0.03 },
      { step: 1950, accuracy: 1, loss: 0.025 },
    ];
    expect(findPlateau(sparse, options)).toEqual({ steps: 1950, improvement: 0.03 - 0.025 });
  });

  it('uses a window of 1,000 steps at 100 % by default', () => {
    expect(PLATEAU).toEqual({ window: 1000, epsilon: 0.01, target: 1 });
  });
});

describe('keepForPlateau', () => {
  it('keeps only the final stretch at the target, so a long run stays bounded, and finds the same plateau', () => {
    let kept: ProgressPoint[] = [];
    const points = run(6000, 50, (s) => (s >= 4000 ? 1 : 0.8), () => 0.02);
    for (const p of points) kept = keepForPlateau(kept, p);
    expect(kept[0].step).toBe(4000);
    expect(kept.every((p) => p.accuracy === 1)).toBe(true);
    expect(findPlateau(kept)).toEqual(findPlateau(points));
  });

  it('drops points of a replaced history (a step at or after the new point)', () => {
    const kept = keepForPlateau([{ step: 0, accuracy: 1, loss: 1 }, { step: 500, accuracy: 1, loss: 1 }], { step: 400, accuracy: 1, loss: 1 });
    expect(kept.map((p) => p.step)).toEqual([0, 400]);
  });
});
