import { describe, expect, it } from 'vitest';
import { createTrainClient } from './client';
import type { TrainCommand, TrainEvent } from './protocol';
import type { WorkerLike } from '@/lib/train/run-client';

function fakeWorker() {
  const sent: TrainCommand[] = [];
  const worker: WorkerLike<TrainCommand, TrainEvent> & { sent: TrainCommand[]; terminated: boolean; emit(e: TrainEvent): void } = {
    sent,
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (m) => sent.push(m),
    terminate() {
      this.terminated = true;
    },
    emit(e) {
      this.onmessage?.({ data: e } as MessageEvent<TrainEvent>);
    },
  };
  return worker;
}

describe('train client', () => {
  it('stamps runIds (configure and reset start a new run) and drops events of older runs', () => {
    const worker = fakeWorker();
    const client = createTrainClient(() => worker);
    const seen: TrainEvent[] = [];
    client.subscribe((e) => seen.push(e));
    const first = client.send({ type: 'configure', config: { dataset: 'xor', experts: 2, k: 1, lambda: 0, capacity: 0, noise: false, renorm: false, zloss: 0, hidden: 4, lr: 0.01, batch: 16, seed: 1 } });
    client.send({ type: 'start' });
    const second = client.send({ type: 'reset' });
    expect(worker.sent.map((c) => [c.type, c.runId])).toEqual([
      ['configure', first],
      ['start', first],
      ['reset', second],
    ]);
    worker.emit({ type: 'error', runId: first, message: 'old' });
    worker.emit({ type: 'error', runId: second, message: 'current' });
    expect(seen).toEqual([{ type: 'error', runId: second, message: 'current' }]);
    client.terminate();
    expect(worker.sent.at(-1)).toEqual({ type: 'dispose', runId: second });
    expect(worker.terminated).toBe(true);
  });

  it('unsubscribes', () => {
    const worker = fakeWorker();
    const client = createTrainClient(() => worker);
    const seen: TrainEvent[] = [];
    const off = client.subscribe((e) => seen.push(e));
    off();
    worker.emit({ type: 'error', runId: client.runId, message: 'x' });
    expect(seen).toHaveLength(0);
  });
});
