import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExample } from './tasks';
import { createTransformerTrainer } from './trainer';
import { transformerConfigSchema, type TransformerConfigInput } from './protocol';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: TransformerConfigInput = { task: 'reverse', length: 3, layers: 1, heads: 2, dModel: 8, lr: 0.02, seed: 4, batch: 8 };
const trainer = (over: Partial<TransformerConfigInput> = {}) => createTransformerTrainer(transformerConfigSchema.parse({ ...SMALL, ...over }));

describe('transformer trainer', () => {
  it('keeps the tensor count flat across steps and snapshots, and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const t = trainer({ layers: 2 });
    t.step(1); // Adam creates its two slots per variable on the first step
    t.diverged();
    const settled = tf.memory().numTensors;
    t.step(5);
    t.snapshot([1, 2, 3]);
    t.diverged();
    t.step(5);
    expect(tf.memory().numTensors).toBe(settled);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is deterministic for a seed and learns: the evaluation loss falls', () => {
    const a = trainer();
    const b = trainer();
    const first = a.snapshot([1, 2, 3]);
    a.step(40);
    b.step(40);
    const later = a.snapshot([1, 2, 3]);
    expect(b.snapshot([1, 2, 3]).loss).toBeCloseTo(later.loss, 5);
    expect(later.loss).toBeLessThan(first.loss * 0.8);
    expect(later.step).toBe(40);
    a.dispose();
    b.dispose();
  });

  it('answers the example greedily and returns its attention maps, causal, rows summing to 1', () => {
    const t = trainer({ layers: 2, heads: 2 });
    const { example } = t.snapshot([7, 0, 5]);
    expect(example.expected).toEqual([5, 0, 7]);
    expect(example.predicted).toHaveLength(3);
    expect(example.tokens.slice(0, 4)).toEqual([7, 0, 5, 10]);
    expect(example.tokens.slice(4)).toEqual(example.predicted.slice(0, 2));
    const T = 6;
    expect(example.attention.length).toBe(2 * 2 * T * T);
    for (let m = 0; m < 4; m++) {
      for (let i = 0; i < T; i++) {
        const row = example.attention.slice((m * T + i) * T, (m * T + i + 1) * T);
        expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
        for (let j = i + 1; j < T; j++) expect(row[j]).toBe(0);
      }
    }
    t.dispose();
  });

  it('reports divergence for an absurd learning rate', () => {
    const t = trainer({ lr: 1, dModel: 32 });
    t.step(10);
    expect(t.diverged()).toBe(true);
    t.dispose();
  });

  it('has a default example of the right length', () => {
    expect(defaultExample(6)).toEqual([3, 1, 4, 1, 5, 9]);
  });
});
