// The MoE Language Model's worker: tfjs (cpu + webgl), the wasm backend, the corpus and the checkpoints load here, never on the page.
import '@tensorflow/tfjs';
import type { LmCommand } from './protocol';
import { createLmHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createLmHandler({ post: (event, transfer) => scope.postMessage(event, { transfer }) });
scope.onmessage = (message: MessageEvent<LmCommand>) => {
  void handler.handle(message.data);
};
