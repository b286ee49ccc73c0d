import * as tf from '@tensorflow/tfjs';
// Importing the package registers the 'wasm' backend factory.
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { isSoftwareRenderer, webGlRenderer, webGpuAdapter } from './gpu-probe';
import type { BackendFigure } from './run-protocol';

export { isSoftwareRenderer, webGlRenderer } from './gpu-probe';

/** Where scripts/copy-wasm.mjs puts the wasm binaries of the site. */
export const WASM_PATH = '/tfjs-wasm/';

/** Training time spent measuring each backend, in ms (after two warm-up steps). */
export const CALIBRATION_MS = 150;

/** A backend whose set-up and first two steps take longer than this is not measured further. */
export const WARMUP_LIMIT_MS = 1500;

/**
 * Backends worth measuring here: cpu always, wasm where WebAssembly exists, webgl where a context
 * can be made, and webgpu where its package is registered (the MoE LM's worker imports it) and the
 * browser gives a hardware adapter: a fallback one (SwiftShader) is left out, like a software
 * WebGL renderer it cannot win. Asynchronous because asking for an adapter is.
 */
export async function candidateBackends(): Promise<string[]> {
  const names = ['cpu'];
  if (typeof WebAssembly === 'object' && tf.findBackendFactory('wasm') != null) names.push('wasm');
  if (webGlRenderer() !== null) names.push('webgl');
  if (tf.findBackendFactory('webgpu') != null) {
    const adapter = await webGpuAdapter();
    if (adapter && !adapter.software) names.push('webgpu');
  }
  return names;
}

let wasmPathSet = false;

/**
 * Sets where the wasm backend fetches its binaries; must run before the backend first starts.
 * `null` keeps the package's default (what Node needs: it reads them from node_modules).
 */
export function configureWasm(path: string | null): void {
  if (path !== null && !wasmPathSet) setWasmPaths(path);
  wasmPathSet = true;
}

/** The part of a trainer that timing needs. */
export interface TimedTrainer {
  step(count?: number): void;
  /** Waits until queued backend work is done (webgl and webgpu run asynchronously). */
  sync(): void;
  dispose(): void;
}

/** Steps per second of the training that `create` builds, on `backend`; 0 with the error when it cannot start. */
export async function measureBackend(backend: string, create: () => TimedTrainer, budgetMs = CALIBRATION_MS): Promise<BackendFigure> {
  try {
    const begin = performance.now();
    if (!(await tf.setBackend(backend))) return { backend, stepsPerSecond: 0, error: 'failed to initialise' };
    await tf.ready();
    const trainer = create();
    try {
      // Warm-up: Adam creates its slots and webgl/webgpu compile their shaders on the first steps.
      trainer.step(2);
      trainer.sync();
      const warmupMs = performance.now() - begin;
      // A backend that needs seconds just to start (webgl on a software renderer) loses anyway,
      // and measuring it further would delay the learner's first trained frame.
      if (warmupMs > WARMUP_LIMIT_MS) return { backend, stepsPerSecond: 0, warmupMs, error: `took ${Math.round(warmupMs)} ms to start` };
      const start = performance.now();
      let steps = 0;
      while (performance.now() - start < budgetMs) {
        trainer.step(1);
        steps++;
      }
      // webgl and webgpu queue work asynchronously: wait for it before stopping the clock.
      trainer.sync();
      const seconds = (performance.now() - start) / 1000;
      return { backend, stepsPerSecond: steps / seconds, warmupMs };
    } finally {
      trainer.dispose();
    }
  } catch (error) {
    return { backend, stepsPerSecond: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Measures the training that `create` builds on every candidate backend (cpu, wasm, webgl on a
 * hardware renderer, webgpu on a hardware adapter), switches tfjs to the fastest and returns its
 * name with all figures; falls back to cpu when nothing else works.
 */
export async function chooseBackend(
  create: () => TimedTrainer,
  options: { candidates?: string[]; budgetMs?: number; wasmPath?: string | null } = {},
): Promise<{ backend: string; calibration: BackendFigure[] }> {
  configureWasm(options.wasmPath === undefined ? WASM_PATH : options.wasmPath);
  const calibration: BackendFigure[] = [];
  for (const name of options.candidates ?? (await candidateBackends())) {
    const renderer = name === 'webgl' ? webGlRenderer() : null;
    if (renderer && isSoftwareRenderer(renderer)) {
      calibration.push({ backend: name, stepsPerSecond: 0, error: `software renderer (${renderer.slice(0, 60)}), not timed`, untimed: 'software-renderer' });
      continue;
    }
    calibration.push(await measureBackend(name, create, options.budgetMs));
  }
  const best = calibration.reduce<BackendFigure | null>((a, b) => (b.stepsPerSecond > (a?.stepsPerSecond ?? 0) ? b : a), null);
  const backend = best?.backend ?? 'cpu';
  if (!(await tf.setBackend(backend))) await tf.setBackend('cpu');
  return { backend: tf.getBackend(), calibration };
}

/** The tfjs backend in use. */
export function currentBackend(): string {
  return tf.getBackend();
}

/** Switches to the cpu backend, which needs no GPU and cannot lose a context. */
export async function fallBackToCpu(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** Switches to the backend a learner asked for (URL `backend=`); false when it cannot start here. */
export async function switchBackend(name: string, wasmPath: string | null = WASM_PATH): Promise<boolean> {
  configureWasm(wasmPath);
  // Without an adapter tfjs's webgpu factory fails with a TypeError in the console: say no first.
  if (name === 'webgpu' && (await webGpuAdapter()) === null) return false;
  try {
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    return true;
  } catch {
    return false;
  }
}
