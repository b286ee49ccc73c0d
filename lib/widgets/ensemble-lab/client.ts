import { createRunClient, type WorkerLike } from '@/lib/train/run-client';
import type { EnsembleCommand, EnsembleConfig, EnsembleEvent } from './protocol';

/** Main-thread handle of the Ensembles Lab worker; never holds tensors. */
export interface EnsembleClient {
  /** Starts a run (cancelling the previous one); returns its runId. */
  train(config: EnsembleConfig): number;
  subscribe(listener: (event: EnsembleEvent) => void): () => void;
  terminate(): void;
}

/** Starts the worker (browser only, e.g. inside an effect); events of older runs are dropped. */
export function createEnsembleClient(
  createWorker: () => WorkerLike<EnsembleCommand, EnsembleEvent> = () =>
    new Worker(new URL('./ensemble.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<EnsembleCommand, EnsembleEvent>,
): EnsembleClient {
  const client = createRunClient<EnsembleCommand, EnsembleEvent>(createWorker(), ['train']);
  return { train: (config) => client.send({ type: 'train', config }), subscribe: client.subscribe, terminate: client.terminate };
}
