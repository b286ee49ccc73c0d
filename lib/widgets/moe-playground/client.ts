import type { TrainCommand, TrainEvent } from './protocol';
import { createRunClient, type RunClient, type WorkerLike } from '@/lib/train/run-client';

export type TrainClient = RunClient<TrainCommand, TrainEvent>;

/** Starts the MoE Playground's training worker (browser only, inside an effect). */
function createMoeWorker(): WorkerLike<TrainCommand, TrainEvent> {
  // The literal `new URL(..., import.meta.url)` is what lets the bundler emit the worker chunk.
  return new Worker(new URL('./moe.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<TrainCommand, TrainEvent>;
}

/** The MoE Playground's client; a test passes a fake worker. */
export function createTrainClient(createWorker: () => WorkerLike<TrainCommand, TrainEvent> = createMoeWorker): TrainClient {
  return createRunClient(createWorker());
}
