import type { TrainCommand, TrainEvent } from './protocol';

/** A command without its runId: the client stamps it. */
export type ClientCommand = TrainCommand extends infer C ? (C extends TrainCommand ? Omit<C, 'runId'> : never) : never;

/** The part of a Worker the client uses (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: TrainCommand): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<TrainEvent>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Main-thread handle of the training worker; never holds tensors. */
export interface TrainClient {
  /** Sends a command; `configure` and `reset` start a new run. Returns the runId it was sent with. */
  send(command: ClientCommand): number;
  /** Calls `listener` with every event of the current run; returns the unsubscribe function. */
  subscribe(listener: (event: TrainEvent) => void): () => void;
  /** Frees the worker's tensors and stops the worker. */
  terminate(): void;
  readonly runId: number;
}

/** Starts the training worker (call in the browser only, e.g. inside an effect). */
function createMoeWorker(): WorkerLike {
  // The literal `new URL(..., import.meta.url)` is what lets the bundler emit the worker chunk.
  return new Worker(new URL('./moe.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Creates a client and its worker; events of older runs are dropped before listeners see them. */
export function createTrainClient(createWorker: () => WorkerLike = createMoeWorker): TrainClient {
  const worker = createWorker();
  const listeners = new Set<(event: TrainEvent) => void>();
  let runId = 0;
  let terminated = false;
  const dispatch = (event: TrainEvent) => {
    if (event.runId !== runId) return;
    for (const listener of listeners) listener(event);
  };
  worker.onmessage = (message) => dispatch(message.data);
  worker.onerror = (error) => dispatch({ type: 'error', runId, message: error.message || 'the training worker failed' });
  return {
    send(command) {
      if (terminated) return runId;
      if (command.type === 'configure' || command.type === 'reset') runId++;
      worker.postMessage({ ...command, runId } as TrainCommand);
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
    get runId() {
      return runId;
    },
  };
}
