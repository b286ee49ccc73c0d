import type { TransformerCommand, TransformerEvent } from './transformer-protocol';

/** A command without its runId: the client stamps it. */
export type TransformerClientCommand = TransformerCommand extends infer C ? (C extends TransformerCommand ? Omit<C, 'runId'> : never) : never;

/** The part of a Worker the client uses (a test passes a fake). */
export interface TransformerWorkerLike {
  postMessage(message: TransformerCommand): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<TransformerEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Main-thread handle of the Tiny Transformer's worker; never holds tensors. */
export interface TransformerClient {
  send(command: TransformerClientCommand): number;
  subscribe(listener: (event: TransformerEvent) => void): () => void;
  terminate(): void;
}

function createWorker(): TransformerWorkerLike {
  // The literal `new URL(..., import.meta.url)` is what lets the bundler emit the worker chunk.
  return new Worker(new URL('./transformer.worker.ts', import.meta.url), { type: 'module' }) as unknown as TransformerWorkerLike;
}

/** Starts the worker (browser only, inside an effect); events of older runs never reach listeners. */
export function createTransformerClient(make: () => TransformerWorkerLike = createWorker): TransformerClient {
  const worker = make();
  const listeners = new Set<(event: TransformerEvent) => void>();
  let runId = 0;
  let terminated = false;
  const dispatch = (event: TransformerEvent) => {
    if (event.runId !== runId) return;
    for (const listener of listeners) listener(event);
  };
  worker.onmessage = (message) => dispatch(message.data);
  worker.onerror = (error) => dispatch({ type: 'error', runId, message: error.message || 'the training worker failed' });
  return {
    send(command) {
      if (terminated) return runId;
      if (command.type === 'configure' || command.type === 'reset') runId++;
      worker.postMessage({ ...command, runId } as TransformerCommand);
      return runId;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      worker.postMessage({ type: 'dispose', runId });
      worker.terminate();
      listeners.clear();
    },
  };
}
