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
  createWorker: () => Worker = () => new Worker(new URL('./ensemble.worker.ts', import.meta.url), { type: 'module' }),
): EnsembleClient {
  const worker = createWorker();
  const listeners = new Set<(event: EnsembleEvent) => void>();
  let runId = 0;
  let terminated = false;
  const dispatch = (event: EnsembleEvent) => {
    if (event.runId !== runId) return;
    for (const listener of listeners) listener(event);
  };
  worker.onmessage = (message: MessageEvent<EnsembleEvent>) => dispatch(message.data);
  worker.onerror = (error) => dispatch({ type: 'error', runId, message: error.message || 'the ensemble worker failed' });
  const post = (command: EnsembleCommand) => worker.postMessage(command);
  return {
    train(config) {
      if (terminated) return runId;
      runId++;
      post({ type: 'train', runId, config });
      return runId;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      post({ type: 'dispose', runId: runId + 1 });
      worker.terminate();
      listeners.clear();
    },
  };
}
