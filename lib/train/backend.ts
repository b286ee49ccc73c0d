import * as tf from '@tensorflow/tfjs';
// Importing the package registers the 'wasm' backend factory.
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { BackendFigure, TrainConfig } from './protocol';
import { createTrainer } from './trainer';

/** Where scripts/copy-wasm.mjs puts the wasm binaries of the site. */
export const WASM_PATH = '/tfjs-wasm/';

/** Training time spent measuring each backend, in ms (after two warm-up steps). */
export const CALIBRATION_MS = 300;

/** Whether this context (a worker) can create a WebGL context on an OffscreenCanvas. */
function hasWebGl(): boolean {
  if (typeof OffscreenCanvas === 'undefined' || tf.findBackendFactory('webgl') == null) return false;
  try {
    const canvas = new OffscreenCanvas(1, 1);
    return canvas.getContext('webgl2') != null || canvas.getContext('webgl') != null;
  } catch {
    return false;
  }
}

/** Backends worth measuring here: cpu always, wasm where WebAssembly exists, webgl where a context can be made. */
export function candidateBackends(): string[] {
  const names = ['cpu'];
  if (typeof WebAssembly === 'object' && tf.findBackendFactory('wasm') != null) names.push('wasm');
  if (hasWebGl()) names.push('webgl');
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

/** Steps per second of `config`'s training on `backend`, or 0 with the error when it cannot start. */
export async function measureBackend(backend: string, config: TrainConfig, budgetMs = CALIBRATION_MS): Promise<BackendFigure> {
  try {
    if (!(await tf.setBackend(backend))) return { backend, stepsPerSecond: 0, error: 'failed to initialise' };
    await tf.ready();
    const trainer = createTrainer(config);
    try {
      // Warm-up: Adam creates its slots and webgl compiles its shaders on the first steps.
      trainer.step(2);
      trainer.sync();
      const start = performance.now();
      let steps = 0;
      while (performance.now() - start < budgetMs) {
        trainer.step(1);
        steps++;
      }
      // webgl queues work asynchronously: wait for it before stopping the clock.
      trainer.sync();
      const seconds = (performance.now() - start) / 1000;
      return { backend, stepsPerSecond: steps / seconds };
    } finally {
      trainer.dispose();
    }
  } catch (error) {
    return { backend, stepsPerSecond: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Measures every candidate backend on the configured model, switches tfjs to the fastest and
 * returns its name with all figures; falls back to cpu when nothing else works.
 */
export async function chooseBackend(
  config: TrainConfig,
  options: { candidates?: string[]; budgetMs?: number; wasmPath?: string | null } = {},
): Promise<{ backend: string; calibration: BackendFigure[] }> {
  configureWasm(options.wasmPath === undefined ? WASM_PATH : options.wasmPath);
  const calibration: BackendFigure[] = [];
  for (const name of options.candidates ?? candidateBackends()) {
    calibration.push(await measureBackend(name, config, options.budgetMs));
  }
  const best = calibration.reduce<BackendFigure | null>((a, b) => (b.stepsPerSecond > (a?.stepsPerSecond ?? 0) ? b : a), null);
  const backend = best?.backend ?? 'cpu';
  if (!(await tf.setBackend(backend))) await tf.setBackend('cpu');
  return { backend: tf.getBackend(), calibration };
}
