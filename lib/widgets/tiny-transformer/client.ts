import { createRunClient, type RunClient, type WorkerLike } from '@/lib/train/run-client';
import type { TransformerCommand, TransformerEvent } from './protocol';

export type TransformerClient = RunClient<TransformerCommand, TransformerEvent>;

/** Starts the Tiny Transformer's training worker (browser only, inside an effect). */
function createWorker(): WorkerLike<TransformerCommand, TransformerEvent> {
  // The literal `new URL(..., import.meta.url)` is what lets the bundler emit the worker chunk.
  return new Worker(new URL('./transformer.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<TransformerCommand, TransformerEvent>;
}

/** The Tiny Transformer's client; a test passes a fake worker. */
export function createTransformerClient(make: () => WorkerLike<TransformerCommand, TransformerEvent> = createWorker): TransformerClient {
  return createRunClient(make());
}
