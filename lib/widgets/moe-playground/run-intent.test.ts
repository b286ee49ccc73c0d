import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkerLike } from '@/lib/train/run-client';
import { createRunIntent } from '@/lib/train/run-intent';
import { createTrainClient } from './client';
import type { TrainCommand, TrainConfigInput, TrainEvent } from './protocol';
import { createWorkerHandler } from './worker-handler';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const RUN: TrainConfigInput = { dataset: 'moons', experts: 4, k: 1, lambda: 0, capacity: 0, noise: false, renorm: true, zloss: 0, hidden: 4, lr: 0.03, batch: 16, seed: 1, points: 64 };

/** The page's side as use-worker-run drives it, wired to the real worker handler through the real client. */
function page() {
  const statuses: Array<{ runId: number; step: number; status: string }> = [];
  const handler = createWorkerHandler({
    post: (event) => queueMicrotask(() => worker.onmessage?.({ data: event } as MessageEvent<TrainEvent>)),
    chooseBackend: async () => ({ backend: 'cpu', calibration: [] }),
    backend: { current: () => 'cpu', use: async () => true, fallBackToCpu: async () => {} },
    snapshotMs: 10,
    chunkMs: 5,
  });
  const worker: WorkerLike<TrainCommand, TrainEvent> = { onmessage: null, onerror: null, postMessage: (c) => void handler.handle(c), terminate() {} };
  const client = createTrainClient(() => worker);
  const intent = createRunIntent(false);
  client.subscribe((e) => {
    if (e.type === 'snapshot') statuses.push({ runId: e.runId, step: e.step, status: intent.snapshot(e, 0, false) });
  });
  // What the hook does when the config changes (after its debounce), and on Train.
  const configure = (config: TrainConfigInput) => {
    const runId = client.send({ type: 'configure', config });
    if (intent.configured()) client.send({ type: 'start' });
    return runId;
  };
  const play = () => {
    intent.play();
    client.send({ type: 'start' });
  };
  const trainedPast = async (runId: number, step: number) => {
    const start = Date.now();
    while (!statuses.some((s) => s.runId === runId && s.step > step && s.status === 'training')) {
      if (Date.now() - start > 15_000) throw new Error(`run ${runId} never trained past step ${step}: ${JSON.stringify(statuses.slice(-3))}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { client, intent, statuses, configure, play, trainedPast };
}

describe('run intent (issue 21, item 1)', () => {
  it('keeps training through three knob changes in a row while training', async () => {
    const p = page();
    const first = p.configure(RUN);
    p.play();
    await p.trainedPast(first, 5);
    for (const change of [{ experts: 8 }, { k: 2 }, { lambda: 0.01 }]) {
      const runId = p.configure({ ...RUN, ...change });
      await p.trainedPast(runId, 5);
      expect(p.intent.wantsTraining).toBe(true);
    }
    // The step-0 snapshot of each new run showed "training" (its start was queued), never "idle".
    expect(p.statuses.filter((s) => s.runId > first && s.step === 0).map((s) => s.status)).toEqual(['training', 'training', 'training']);
    p.client.send({ type: 'pause' });
    p.intent.stop();
    p.client.terminate();
  });

  it('a stopped snapshot past step 0 ends the wish to train; a step-0 one does not', () => {
    const intent = createRunIntent(true);
    expect(intent.configured()).toBe(true);
    expect(intent.snapshot({ step: 0, running: false }, 0, false)).toBe('training');
    expect(intent.snapshot({ step: 40, running: true }, 0, false)).toBe('training');
    expect(intent.configured()).toBe(true);
    expect(intent.snapshot({ step: 0, running: false }, 0, false)).toBe('training');
    // `until` reached: done (or paused), and the next knob change does not start training.
    expect(intent.snapshot({ step: 100, running: false }, 100, true)).toBe('done');
    expect(intent.configured()).toBe(false);
    expect(intent.snapshot({ step: 0, running: false }, 100, true)).toBe('idle');
    expect(intent.snapshot({ step: 3, running: false }, 0, false)).toBe('paused');
  });

  it('a job that trains on every configure (trainOnConfigure) trains again after it finished', () => {
    const intent = createRunIntent(false, true);
    expect(intent.configured()).toBe(true);
    expect(intent.snapshot({ step: 0, running: false }, 50, true)).toBe('training');
    expect(intent.snapshot({ step: 50, running: false }, 50, true)).toBe('done');
    expect(intent.wantsTraining).toBe(false);
    // the next knob change starts the job again, and its step-0 snapshot already shows training
    expect(intent.configured()).toBe(true);
    expect(intent.snapshot({ step: 0, running: false }, 50, true)).toBe('training');
  });
});
