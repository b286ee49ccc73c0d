import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainConfigSchema, type TrainConfigInput } from './protocol';
import { createTrainer } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The playground's default model: N = 8, K = 2, expert hidden 16, batch 64, lr 0.03. */
export const DEFAULT_RUN: TrainConfigInput = {
  dataset: 'spiral',
  experts: 8,
  k: 2,
  lambda: 0.01,
  capacity: 0,
  noise: false,
  renorm: true,
  zloss: 0,
  hidden: 16,
  lr: 0.03,
  batch: 64,
  seed: 1,
};

const config = (overrides: Partial<TrainConfigInput> = {}) => trainConfigSchema.parse({ ...DEFAULT_RUN, ...overrides });

describe('trainer', () => {
  // Regression: with λ = 0 and no z-loss the total loss is the cross-entropy tensor itself.
  it('trains with λ = 0 and no z-loss without leaking or reusing a disposed tensor', () => {
    const trainer = createTrainer(config({ lambda: 0, zloss: 0, experts: 4, hidden: 8, batch: 16, points: 100 }));
    trainer.step(1);
    const before = tf.memory().numTensors;
    trainer.step(20);
    expect(trainer.divergence()).toEqual([]);
    expect(Number.isFinite(trainer.snapshot().loss)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  // Every optional path on (capacity, noisy gating, z-loss, embedding); a small model keeps it quick.
  it('keeps the tensor count flat over 2,000 steps (after Adam made its slots)', { timeout: 90_000 }, () => {
    const trainer = createTrainer(config({ capacity: 1.25, noise: true, zloss: 0.001, embed: 4, experts: 4, hidden: 8, batch: 16, points: 100 }));
    trainer.step(1);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) {
      trainer.step(200);
      trainer.divergence();
      trainer.snapshot();
    }
    expect(tf.memory().numTensors).toBe(before);
    trainer.dispose();
  });

  it('frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const trainer = createTrainer(config());
    trainer.step(3);
    trainer.snapshot();
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives the same run for the same config and seed', () => {
    const losses = () => {
      const trainer = createTrainer(config({ noise: true, capacity: 1, seed: 42 }));
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        trainer.step(10);
        const s = trainer.snapshot();
        out.push(s.loss, s.auxLoss, s.dense.loss);
      }
      trainer.dispose();
      return out;
    };
    const first = losses();
    expect(losses()).toEqual(first);
    expect(first.every(Number.isFinite)).toBe(true);
  });

  // Documented budget: the default model (N = 8, K = 2, hidden 16, batch 64, lr 0.03, seed 1)
  // passes 90 % training accuracy on the 400-point spiral by step 400 (93.5 % measured) and 97 % by 500.
  it('learns the spiral to ≥ 90 % within 600 steps and never trips the divergence check', () => {
    const trainer = createTrainer(config());
    let accuracy = 0;
    for (let i = 0; i < 6 && accuracy < 0.9; i++) {
      trainer.step(100);
      expect(trainer.divergence()).toEqual([]);
      accuracy = trainer.snapshot().accuracy;
    }
    trainer.dispose();
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('flags lr = 10 as diverged: the loss explodes on the first steps (it never becomes NaN)', () => {
    const trainer = createTrainer(config({ lr: 10 }));
    trainer.step(3);
    expect(trainer.divergence()).toEqual(['moe', 'dense']);
    trainer.dispose();
  });

  it('reports shapes: load sums to 1, grids are 48², counts match the parameter report', () => {
    const trainer = createTrainer(config({ dataset: 'blobs', capacity: 1 }));
    trainer.step(5);
    const s = trainer.snapshot();
    expect(s.step).toBe(5);
    expect(s.load).toHaveLength(8);
    expect(s.load.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(s.dropped).toBeGreaterThanOrEqual(0);
    expect(s.capacityShare).toBeCloseTo(Math.ceil((400 * 2) / 8) / 800, 9);
    expect(s.classGrid).toHaveLength(48 * 48);
    expect(Math.max(...s.classGrid)).toBeLessThan(4);
    expect(Math.max(...s.expertGrid)).toBeLessThan(8);
    expect(s.dense.confidence).toHaveLength(48 * 48);
    expect(s.params.moeActive).toBeLessThan(s.params.moeTotal);
    trainer.dispose();
  });
});
