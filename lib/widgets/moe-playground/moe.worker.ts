// The training worker: tfjs (cpu + webgl) and the wasm backend load here, never on the page.
import '@tensorflow/tfjs';
import type { TrainCommand } from './protocol';
import { createWorkerHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createWorkerHandler({ post: (event, transfer) => scope.postMessage(event, { transfer }) });
scope.onmessage = (message: MessageEvent<TrainCommand>) => {
  void handler.handle(message.data);
};
