import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { routeTopK } from '@/lib/tf/routing';
import { candidateBackends, chooseBackend, configureWasm, isSoftwareRenderer, measureBackend, type TimedTrainer } from './backend';

/**
 * The smallest training the runtime can time: one 16×16 weight shrunk by a matmul each step, on
 * whichever backend is current when it is created (as a widget's trainer is). `live` counts the
 * fakes not yet disposed.
 */
let live = 0;
function fakeTrainer(): TimedTrainer {
  const w = tf.variable(tf.eye(16).mul(0.5));
  live++;
  return {
    step(count = 1) {
      for (let i = 0; i < count; i++) tf.tidy(() => w.assign(w.sub(tf.matMul(w, w).mul(0.01))));
    },
    sync: () => void w.dataSync(),
    dispose: () => {
      w.dispose();
      live--;
    },
  };
}

describe('backend choice', () => {
  it('offers cpu and wasm in Node (no WebGL, no WebGPU here)', async () => {
    expect(await candidateBackends()).toEqual(['cpu', 'wasm']);
  });

  it('measures every candidate, picks the fastest and survives one that cannot start', async () => {
    const { backend, calibration } = await chooseBackend(fakeTrainer, { candidates: ['cpu', 'wasm', 'no-such-backend'], budgetMs: 150, wasmPath: null });
    expect(calibration.map((f) => f.backend)).toEqual(['cpu', 'wasm', 'no-such-backend']);
    expect(calibration[0].stepsPerSecond).toBeGreaterThan(0);
    expect(calibration[2]).toMatchObject({ stepsPerSecond: 0 });
    const fastest = calibration.reduce((a, b) => (b.stepsPerSecond > a.stepsPerSecond ? b : a));
    expect(backend).toBe(fastest.backend);
    expect(tf.getBackend()).toBe(backend);
    expect(live).toBe(0);
    await tf.setBackend('cpu');
  });

  it('reports a training that fails to build as 0 steps/s with its error, and disposes one that fails mid-run', async () => {
    const broken = await measureBackend('cpu', () => {
      throw new Error('no model');
    }, 20);
    expect(broken).toEqual({ backend: 'cpu', stepsPerSecond: 0, error: 'no model' });
    const failing = await measureBackend('cpu', () => ({ ...fakeTrainer(), step: () => { throw new Error('NaN'); } }), 20);
    expect(failing).toEqual({ backend: 'cpu', stepsPerSecond: 0, error: 'NaN' });
    expect(live).toBe(0);
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
