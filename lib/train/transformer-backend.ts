import * as tf from '@tensorflow/tfjs';
import { CALIBRATION_MS, candidateBackends, configureWasm, isSoftwareRenderer, WARMUP_LIMIT_MS, WASM_PATH, webGlRenderer } from './backend';
import type { BackendFigure } from './protocol';
import type { TransformerConfig } from './transformer-protocol';
import { createTransformerTrainer } from './transformer-trainer';

/** Steps per second of the Tiny Transformer's training on `backend` (as `measureBackend` for the MoE). */
async function measure(backend: string, config: TransformerConfig, budgetMs: number): Promise<BackendFigure> {
  try {
    const begin = performance.now();
    if (!(await tf.setBackend(backend))) return { backend, stepsPerSecond: 0, error: 'failed to initialise' };
    await tf.ready();
    const trainer = createTransformerTrainer(config);
    try {
      trainer.step(2);
      trainer.sync();
      const warmupMs = performance.now() - begin;
      if (warmupMs > WARMUP_LIMIT_MS) return { backend, stepsPerSecond: 0, warmupMs, error: `took ${Math.round(warmupMs)} ms to start` };
      const start = performance.now();
      let steps = 0;
      while (performance.now() - start < budgetMs) {
        trainer.step(1);
        steps++;
      }
      trainer.sync();
      return { backend, stepsPerSecond: steps / ((performance.now() - start) / 1000), warmupMs };
    } finally {
      trainer.dispose();
    }
  } catch (error) {
    return { backend, stepsPerSecond: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Times the Tiny Transformer on every candidate backend (cpu, wasm, and webgl on a hardware
 * renderer), switches tfjs to the fastest and returns it with the figures; cpu when nothing works.
 */
export async function chooseTransformerBackend(
  config: TransformerConfig,
  options: { candidates?: string[]; budgetMs?: number; wasmPath?: string | null } = {},
): Promise<{ backend: string; calibration: BackendFigure[] }> {
  configureWasm(options.wasmPath === undefined ? WASM_PATH : options.wasmPath);
  const calibration: BackendFigure[] = [];
  for (const name of options.candidates ?? candidateBackends()) {
    const renderer = name === 'webgl' ? webGlRenderer() : null;
    if (renderer && isSoftwareRenderer(renderer)) {
      calibration.push({ backend: name, stepsPerSecond: 0, error: `software renderer (${renderer.slice(0, 60)}), not timed` });
      continue;
    }
    calibration.push(await measure(name, config, options.budgetMs ?? CALIBRATION_MS));
  }
  const best = calibration.reduce<BackendFigure | null>((a, b) => (b.stepsPerSecond > (a?.stepsPerSecond ?? 0) ? b : a), null);
  if (!(await tf.setBackend(best?.backend ?? 'cpu'))) await tf.setBackend('cpu');
  return { backend: tf.getBackend(), calibration };
}
