import { fallBackToCpu, switchBackend } from '@/lib/train/backend';
import { createRunHandler, type RunHandler, type RunHandlerOptions, type RunModel } from '@/lib/train/run-handler';
import { ensembleConfigSchema, snapshotTransferables, type EnsembleCommand, type EnsembleConfig, type EnsembleSnapshot } from './protocol';
import { createEnsembleTrainer, type EnsembleTrainer } from './train';

/** wasm is the fastest backend for these small batched models on a CPU (no measuring needed); cpu is the fallback. */
async function wasmOrCpu(): Promise<{ backend: string; calibration: [] }> {
  if (await switchBackend('wasm')) return { backend: 'wasm', calibration: [] };
  await fallBackToCpu();
  return { backend: 'cpu', calibration: [] };
}

/**
 * The Ensembles Lab's run: bagged MLPs, boosted trees and an MoE, trained as one job of
 * ENSEMBLE_UNITS steps that the page runs to its end (`until`) on every configure.
 */
const ENSEMBLE_RUN: RunModel<EnsembleConfig, EnsembleTrainer, EnsembleSnapshot, object, never> = {
  schema: ensembleConfigSchema,
  create: createEnsembleTrainer,
  snapshot: (trainer) => trainer.snapshot(),
  transfer: snapshotTransferables,
  // Full-batch Adam at a fixed small learning rate on these small models: no knob can make it blow up.
  divergence: () => null,
  chooseBackend: wasmOrCpu,
  // The choice does not depend on the model: made once, on the first configure.
  recalibrate: () => false,
};

/** The Ensembles Lab worker's message handler (see run-handler.ts for the protocol). */
export function createEnsembleHandler(options: RunHandlerOptions<EnsembleConfig, EnsembleSnapshot, object>): RunHandler<EnsembleCommand> {
  return createRunHandler(ENSEMBLE_RUN, options) as RunHandler<EnsembleCommand>;
}
