import { chooseBackend } from '@/lib/train/backend';
import { snapshotTransferables, trainConfigSchema, type DivergedModels, type TrainCommand, type TrainConfig, type TrainSnapshot } from './protocol';
import { createRunHandler, type RunHandler, type RunHandlerOptions, type RunModel } from '@/lib/train/run-handler';
import { createTrainer, type Trainer } from './trainer';

export { CHUNK_MS, SNAPSHOT_MS, SNAPSHOT_SHARE } from '@/lib/train/run-handler';

/** A rough measure of the work per step, to measure the backends again only when the model size changes a lot. */
function workSize(config: TrainConfig): number {
  return config.batch * config.experts * (config.hidden + 1);
}

/** The MoE Playground's run: the MoE classifier and its dense baseline, trained on the same minibatches. */
const MOE_RUN: RunModel<TrainConfig, Trainer, TrainSnapshot, DivergedModels, never> = {
  schema: trainConfigSchema,
  create: createTrainer,
  snapshot: (trainer) => trainer.snapshot(),
  transfer: snapshotTransferables,
  // the objective the model minimises: a balancing term still falling is still something to watch
  progress: (s, config) => ({ step: s.step, accuracy: s.accuracy, loss: s.loss + config.lambda * s.auxLoss + config.zloss * s.zLoss }),
  divergence(trainer, s) {
    // The minibatch losses since the last snapshot, and the snapshot's own numbers.
    const models = new Set(trainer.divergence());
    if (![s.loss, s.auxLoss, s.zLoss].every(Number.isFinite)) models.add('moe');
    if (!Number.isFinite(s.dense.loss)) models.add('dense');
    if (models.size === 0) return null;
    const message = `The training loss blew up (NaN, infinite or over 20× a uniform guess) by step ${s.step}; try a smaller learning rate.`;
    return { message, models: (['moe', 'dense'] as const).filter((m) => models.has(m)) };
  },
  chooseBackend: (config) => chooseBackend(() => createTrainer(config)),
  recalibrate: (measured, next) => workSize(next) > 4 * workSize(measured) || 4 * workSize(next) < workSize(measured),
};

/** The MoE Playground worker's message handler (see run-handler.ts for the protocol). */
export function createWorkerHandler(options: RunHandlerOptions<TrainConfig, TrainSnapshot, DivergedModels>): RunHandler<TrainCommand> {
  return createRunHandler(MOE_RUN, options) as RunHandler<TrainCommand>;
}
