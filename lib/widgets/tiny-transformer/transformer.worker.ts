// The Tiny Transformer's training worker: tfjs (cpu + webgl) and the wasm backend load here, never on the page.
import '@tensorflow/tfjs';
import type { TransformerCommand } from './protocol';
import { createTransformerHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createTransformerHandler({ post: (event, transfer) => scope.postMessage(event, { transfer }) });
scope.onmessage = (message: MessageEvent<TransformerCommand>) => {
  void handler.handle(message.data);
};
