import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { routeTopK } from '@/lib/tf/routing';
import { candidateBackends, chooseBackend, configureWasm, isSoftwareRenderer } from './backend';
import { trainConfigSchema } from '@/lib/widgets/moe-playground/protocol';
import { createTrainer } from '@/lib/widgets/moe-playground/trainer';

const CONFIG = trainConfigSchema.parse({
  dataset: 'spiral', experts: 8, k: 2, lambda: 0.01, capacity: 0, noise: false, renorm: true, zloss: 0, hidden: 16, lr: 0.03, batch: 64, seed: 1,
});

describe('backend choice', () => {
  it('offers cpu and wasm in Node (no WebGL here)', () => {
    expect(candidateBackends()).toEqual(['cpu', 'wasm']);
  });

  it('measures every candidate, picks the fastest and survives one that cannot start', async () => {
    const { backend, calibration } = await chooseBackend(() => createTrainer(CONFIG), { candidates: ['cpu', 'wasm', 'no-such-backend'], budgetMs: 150, wasmPath: null });
    expect(calibration.map((f) => f.backend)).toEqual(['cpu', 'wasm', 'no-such-backend']);
    expect(calibration[0].stepsPerSecond).toBeGreaterThan(0);
    expect(calibration[2]).toMatchObject({ stepsPerSecond: 0 });
    const fastest = calibration.reduce((a, b) => (b.stepsPerSecond > a.stepsPerSecond ? b : a));
    expect(backend).toBe(fastest.backend);
    expect(tf.getBackend()).toBe(backend);
    await tf.setBackend('cpu');
  });

  it('wasm breaks top-K ties towards the lower expert id too', async () => {
    configureWasm(null);
    expect(await tf.setBackend('wasm')).toBe(true);
    const route = routeTopK(tf.tensor2d([[1, 1, 1, 1], [0, 2, 2, 1], [3, 0, 3, 3]]), 2, true);
    expect(route.indices.arraySync()).toEqual([[0, 1], [1, 2], [0, 2]]);
    await tf.setBackend('cpu');
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises software renderers and leaves hardware GPUs to be measured', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA H100 80GB HBM3 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });
});
