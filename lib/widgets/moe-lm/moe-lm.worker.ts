// The MoE Language Model's worker: tfjs (cpu + webgl), the wasm and webgpu backends, the corpus and the checkpoints load here, never on the page.
import '@tensorflow/tfjs';
// Registers the 'webgpu' backend factory where the browser has `navigator.gpu`; only this widget
// offers it (its every-expert dispatch suits a GPU queue), so no other bundle carries it.
import '@tensorflow/tfjs-backend-webgpu';
import type { LmCommand } from './protocol';
import { createLmHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createLmHandler({ post: (event, transfer) => scope.postMessage(event, { transfer }) });
scope.onmessage = (message: MessageEvent<LmCommand>) => {
  void handler.handle(message.data);
};
