/**
 * For worker-handler tests: wait on the events a handler posted, and pick one run's snapshots.
 * Shared by every widget's handler test, so they poll the same way.
 */
export function eventWaiter<E>(events: readonly E[], defaultTimeoutMs: number) {
  return async (predicate: (e: E) => boolean, timeoutMs = defaultTimeoutMs): Promise<E> => {
    const start = Date.now();
    for (;;) {
      const found = events.find(predicate);
      if (found) return found;
      if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for an event');
      await new Promise((r) => setTimeout(r, 5));
    }
  };
}

/** The snapshots of run `runId`, in the order they were posted. */
export function runSnapshots<E extends { type: string; runId?: number }>(events: readonly E[], runId: number): Array<E & { type: 'snapshot' }> {
  return events.filter((e): e is E & { type: 'snapshot' } => e.type === 'snapshot' && e.runId === runId);
}
