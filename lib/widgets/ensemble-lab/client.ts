import type { EnsembleCommand, EnsembleEvent } from './protocol';
import { createRunClient, type RunClient, type WorkerLike } from '@/lib/train/run-client';

export type EnsembleClient = RunClient<EnsembleCommand, EnsembleEvent>;

/** Starts the Ensembles Lab's worker (browser only, inside an effect). */
function createEnsembleWorker(): WorkerLike<EnsembleCommand, EnsembleEvent> {
  // The literal `new URL(..., import.meta.url)` is what lets the bundler emit the worker chunk.
  return new Worker(new URL('./ensemble.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<EnsembleCommand, EnsembleEvent>;
}

/** The Ensembles Lab's client; a test passes a fake worker. */
export function createEnsembleClient(createWorker: () => WorkerLike<EnsembleCommand, EnsembleEvent> = createEnsembleWorker): EnsembleClient {
  return createRunClient(createWorker());
}
