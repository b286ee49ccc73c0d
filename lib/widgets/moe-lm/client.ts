import type { LmCommand, LmEvent } from './protocol';
import { createRunClient, type RunClient, type WorkerLike } from '@/lib/train/run-client';

export type LmClient = RunClient<LmCommand, LmEvent>;

/** Starts the MoE Language Model's worker (browser only, inside an effect). */
function createLmWorker(): WorkerLike<LmCommand, LmEvent> {
  // The literal `new URL(..., import.meta.url)` is what lets the bundler emit the worker chunk.
  return new Worker(new URL('./moe-lm.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<LmCommand, LmEvent>;
}

/** The MoE Language Model's client; a test passes a fake worker. */
export function createLmClient(createWorker: () => WorkerLike<LmCommand, LmEvent> = createLmWorker): LmClient {
  return createRunClient(createWorker());
}
