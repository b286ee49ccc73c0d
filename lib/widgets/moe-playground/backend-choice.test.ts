import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { chooseBackend } from '@/lib/train/backend';
import { trainConfigSchema } from './protocol';
import { createTrainer } from './trainer';

const CONFIG = trainConfigSchema.parse({
  dataset: 'spiral', experts: 8, k: 2, lambda: 0.01, capacity: 0, noise: false, renorm: true, zloss: 0, hidden: 16, lr: 0.03, batch: 64, seed: 1,
});

describe('the MoE trainer under the runtime backend choice', () => {
  // What the worker does first (worker-handler.ts): time this model on each backend Node has.
  it('trains on cpu and on wasm, and the fastest of the two is chosen', async () => {
    const { backend, calibration } = await chooseBackend(() => createTrainer(CONFIG), { candidates: ['cpu', 'wasm'], budgetMs: 150, wasmPath: null });
    expect(calibration.map((f) => f.backend)).toEqual(['cpu', 'wasm']);
    for (const figure of calibration) {
      expect(figure.error).toBeUndefined();
      expect(figure.stepsPerSecond).toBeGreaterThan(0);
    }
    expect(backend).toBe(calibration[0].stepsPerSecond >= calibration[1].stepsPerSecond ? 'cpu' : 'wasm');
    await tf.setBackend('cpu');
  });
});
