// The Ensembles Lab's worker: tfjs (cpu + wasm) loads here, never on the page.
import '@tensorflow/tfjs';
import type { EnsembleCommand } from './protocol';
import { createEnsembleHandler } from './worker-handler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createEnsembleHandler({ post: (event, transfer) => scope.postMessage(event, { transfer }) });
scope.onmessage = (message: MessageEvent<EnsembleCommand>) => {
  void handler.handle(message.data);
};
