// The Ensembles Lab's worker: tfjs (cpu + wasm) loads here, never on the page.
import * as tf from '@tensorflow/tfjs';
import { configureWasm, WASM_PATH } from '@/lib/train/backend';
import type { EnsembleCommand } from './protocol';
import { createEnsembleHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** wasm is the fastest backend for these small batched models on a CPU; cpu is the fallback. */
async function pickBackend(): Promise<void> {
  configureWasm(WASM_PATH);
  try {
    if (await tf.setBackend('wasm')) return void (await tf.ready());
  } catch {
    // fall through to cpu
  }
  await tf.setBackend('cpu');
  await tf.ready();
}

const handler = createEnsembleHandler({ post: (event, transfer) => scope.postMessage(event, { transfer }), init: pickBackend });
scope.onmessage = (message: MessageEvent<EnsembleCommand>) => handler.handle(message.data);
