import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { candidateBackends, switchBackend } from './backend';
import { webGpuAdapter, type GpuAdapterLike, type GpuLike } from './gpu-probe';

/** A `navigator.gpu` whose requestAdapter answers `adapter` (or never, with `hang`). */
function gpu(adapter: GpuAdapterLike | null, hang = false): GpuLike & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    requestAdapter: (options) => {
      asked.push(options);
      return hang ? new Promise(() => {}) : Promise.resolve(adapter);
    },
  };
}

const NVIDIA: GpuAdapterLike = { info: { vendor: 'nvidia', architecture: 'ada', device: '', description: 'NVIDIA GeForce RTX 4070' } };
const SWIFTSHADER: GpuAdapterLike = { info: { vendor: 'google', architecture: 'swiftshader', device: '', description: 'SwiftShader Device (Subzero)' } };

/** Registers a 'webgpu' factory as the package does where `navigator.gpu` exists (never started here). */
function registerWebGpuFactory(): void {
  tf.registerBackend('webgpu', () => {
    throw new Error('not started in these tests');
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  if (tf.findBackendFactory('webgpu') != null) tf.removeBackend('webgpu');
});

describe('webGpuAdapter', () => {
  it('describes a hardware adapter, asking for the high-performance one as tfjs does', async () => {
    const g = gpu(NVIDIA);
    expect(await webGpuAdapter(g)).toEqual({ name: 'nvidia ada NVIDIA GeForce RTX 4070', software: false });
    expect(g.asked).toEqual([{ powerPreference: 'high-performance' }]);
  });

  it('marks fallback adapters: the flag on the adapter, on its info, or SwiftShader by name', async () => {
    expect(await webGpuAdapter(gpu({ ...NVIDIA, isFallbackAdapter: true }))).toMatchObject({ software: true });
    expect(await webGpuAdapter(gpu({ info: { ...NVIDIA.info, isFallbackAdapter: true } }))).toMatchObject({ software: true });
    expect(await webGpuAdapter(gpu(SWIFTSHADER))).toMatchObject({ software: true });
    // browsers before `adapter.info` answer requestAdapterInfo()
    expect(await webGpuAdapter(gpu({ requestAdapterInfo: async () => SWIFTSHADER.info! }))).toMatchObject({ software: true });
    expect(await webGpuAdapter(gpu({ requestAdapterInfo: async () => NVIDIA.info! }))).toMatchObject({ software: false });
  });

  it('is null without navigator.gpu, without an adapter, when the request fails or never answers', async () => {
    expect(await webGpuAdapter(undefined)).toBeNull();
    expect(await webGpuAdapter(gpu(null))).toBeNull();
    expect(await webGpuAdapter({ requestAdapter: () => Promise.reject(new Error('blocked')) })).toBeNull();
    expect(await webGpuAdapter(gpu(NVIDIA, true), 20)).toBeNull();
  });
});

describe('candidateBackends with WebGPU', () => {
  it('adds webgpu where the factory is registered and navigator.gpu gives a hardware adapter', async () => {
    registerWebGpuFactory();
    vi.stubGlobal('navigator', { gpu: gpu(NVIDIA) });
    expect(await candidateBackends()).toEqual(['cpu', 'wasm', 'webgpu']);
  });

  it('leaves it out with no adapter, a fallback adapter, or no navigator.gpu', async () => {
    registerWebGpuFactory();
    vi.stubGlobal('navigator', { gpu: gpu(null) });
    expect(await candidateBackends()).toEqual(['cpu', 'wasm']);
    vi.stubGlobal('navigator', { gpu: gpu({ ...NVIDIA, isFallbackAdapter: true }) });
    expect(await candidateBackends()).toEqual(['cpu', 'wasm']);
    vi.stubGlobal('navigator', { gpu: gpu(SWIFTSHADER) });
    expect(await candidateBackends()).toEqual(['cpu', 'wasm']);
    vi.stubGlobal('navigator', {});
    expect(await candidateBackends()).toEqual(['cpu', 'wasm']);
  });

  it('leaves it out where the factory is not registered (every widget but the MoE LM), without asking for an adapter', async () => {
    const g = gpu(NVIDIA);
    vi.stubGlobal('navigator', { gpu: g });
    expect(await candidateBackends()).toEqual(['cpu', 'wasm']);
    expect(g.asked).toEqual([]);
  });
});

describe('switchBackend to webgpu', () => {
  it('refuses without asking tfjs where navigator.gpu gives no adapter', async () => {
    let started = 0;
    tf.registerBackend('webgpu', () => {
      started++;
      throw new Error('not started in these tests');
    });
    vi.stubGlobal('navigator', { gpu: gpu(null) });
    expect(await switchBackend('webgpu', null)).toBe(false);
    expect(started).toBe(0);
    expect(tf.getBackend()).not.toBe('webgpu');
  });
});
