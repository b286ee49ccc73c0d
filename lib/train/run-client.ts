/** A command without its runId: the client stamps it. */
export type Unstamped<C> = C extends unknown ? Omit<C, 'runId'> : never;

/** The part of a Worker the client uses (a test passes a fake). */
export interface WorkerLike<C, E> {
  postMessage(message: C): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<E>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Main-thread handle of a widget's training worker; never holds tensors. */
export interface RunClient<C, E> {
  /** Sends a command; `configure` and `reset` start a new run. Returns the runId it was sent with. */
  send(command: Unstamped<C>): number;
  /** Calls `listener` with every event of the current run; returns the unsubscribe function. */
  subscribe(listener: (event: E) => void): () => void;
  /** Frees the worker's tensors and stops the worker. */
  terminate(): void;
  readonly runId: number;
}

/**
 * Wraps a training worker (see run-handler.ts): stamps every command with the current runId (a
 * new one for the command types in `newRun`) and drops events of older runs before listeners see
 * them. Each widget's client creates its worker with the literal
 * `new Worker(new URL('./x.worker.ts', import.meta.url))` that the bundler needs.
 */
export function createRunClient<C extends { type: string; runId: number }, E extends { runId: number }>(
  worker: WorkerLike<C, E>,
  newRun: readonly string[] = ['configure', 'reset'],
): RunClient<C, E> {
  const listeners = new Set<(event: E) => void>();
  let runId = 0;
  let terminated = false;
  const dispatch = (event: E) => {
    if (event.runId !== runId) return;
    for (const listener of listeners) listener(event);
  };
  worker.onmessage = (message) => dispatch(message.data);
  worker.onerror = (error) => dispatch({ type: 'error', runId, message: error.message || 'the training worker failed' } as unknown as E);
  return {
    send(command) {
      if (terminated) return runId;
      if (newRun.includes(command.type)) runId++;
      worker.postMessage({ ...command, runId } as C);
      return runId;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      worker.postMessage({ type: 'dispose', runId } as C);
      worker.terminate();
      listeners.clear();
    },
    get runId() {
      return runId;
    },
  };
}
