import * as tf from '@tensorflow/tfjs';

/**
 * What GPU this context (a worker) offers tfjs: a WebGL renderer, a WebGPU adapter, and whether
 * either only emulates a GPU on the CPU. The parts of the WebGPU API read here are typed locally:
 * TypeScript's DOM library does not declare `navigator.gpu`.
 */

/** The WebGL renderer this context would use, or null when WebGL is unavailable. */
export function webGlRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined' || tf.findBackendFactory('webgl') == null) return null;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown');
  } catch {
    return null;
  }
}

/**
 * Software renderers emulate the GPU on the CPU: their shader compilation alone takes seconds
 * (4.2 s measured for this model with SwiftShader), so timing them would delay the first frame
 * for a backend that cannot win. Every hardware renderer is measured.
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|lavapipe|softpipe|software|microsoft basic render/i.test(renderer);
}

/** What names a WebGPU adapter: `adapter.info` (Chrome 114+), or `requestAdapterInfo()` before it. */
export interface GpuAdapterInfoLike {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  /** Where newer browsers say it (the adapter's own flag is deprecated). */
  isFallbackAdapter?: boolean;
}

export interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: GpuAdapterInfoLike;
  requestAdapterInfo?(): Promise<GpuAdapterInfoLike>;
}

export interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'low-power' | 'high-performance' }): Promise<GpuAdapterLike | null>;
}

/** An adapter request that has not answered after this long counts as no adapter. */
export const ADAPTER_TIMEOUT_MS = 1000;

/** `navigator.gpu` where this context has one. */
export function navigatorGpu(): GpuLike | undefined {
  return (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu ?? undefined;
}

/** A WebGPU adapter, described, and whether it emulates a GPU on the CPU (a fallback adapter, SwiftShader). */
export interface WebGpuAdapter {
  name: string;
  software: boolean;
}

async function describe(adapter: GpuAdapterLike): Promise<WebGpuAdapter> {
  const info = adapter.info ?? (adapter.requestAdapterInfo ? await adapter.requestAdapterInfo() : {});
  const name = [info.vendor, info.architecture, info.device, info.description].filter((s) => s).join(' ') || 'unknown';
  return { name, software: adapter.isFallbackAdapter === true || info.isFallbackAdapter === true || isSoftwareRenderer(name) };
}

/**
 * The adapter tfjs's webgpu backend would start on (it asks for 'high-performance' unless told
 * otherwise), or null where there is no `navigator.gpu`, no adapter, or the request fails or hangs.
 */
export async function webGpuAdapter(gpu: GpuLike | undefined = navigatorGpu(), timeoutMs = ADAPTER_TIMEOUT_MS): Promise<WebGpuAdapter | null> {
  if (typeof gpu?.requestAdapter !== 'function') return null;
  const ask = (async () => {
    const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
    return adapter ? describe(adapter) : null;
  })().catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([ask, expired]);
  } finally {
    clearTimeout(timer);
  }
}
