import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TrainEvent } from './protocol';
import { createWorkerHandler } from './worker-handler';

// The first trainer built fails like a lost WebGL context on its first training step.
let trainersBuilt = 0;
vi.mock('./trainer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./trainer')>();
  return {
    ...actual,
    createTrainer: (...args: Parameters<typeof actual.createTrainer>) => {
      const trainer = actual.createTrainer(...args);
      if (trainersBuilt++ > 0) return trainer;
      return new Proxy(trainer, {
        get(target, key, receiver) {
          if (key === 'step') return () => { throw new Error('WebGL context lost'); };
          return Reflect.get(target, key, receiver);
        },
      });
    },
  };
});

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('worker handler recovery', () => {
  it('restarts the run on cpu with a notice when the GPU backend fails mid-run', async () => {
    const events: TrainEvent[] = [];
    let backendName = 'webgl';
    const handler = createWorkerHandler({
      post: (event) => events.push(event),
      chooseBackend: async () => ({ backend: 'webgl', calibration: [{ backend: 'webgl', stepsPerSecond: 500 }] }),
      backend: { current: () => backendName, use: async () => true, fallBackToCpu: async () => void (backendName = 'cpu') },
    });
    const config = { dataset: 'xor', experts: 2, k: 1, lambda: 0, capacity: 0, noise: false, renorm: false, zloss: 0, hidden: 4, lr: 0.01, batch: 16, seed: 1, points: 64 } as const;
    await handler.handle({ type: 'configure', runId: 1, config });
    await handler.handle({ type: 'start', runId: 1 });
    for (let i = 0; i < 200 && !events.some((e) => e.type === 'ready' && e.backend === 'cpu'); i++) await new Promise((r) => setTimeout(r, 10));
    await handler.handle({ type: 'step', runId: 1, steps: 3 });
    const ready = events.filter((e) => e.type === 'ready');
    expect(ready.map((e) => e.backend)).toEqual(['webgl', 'cpu']);
    expect(ready[1]).toMatchObject({ notice: 'The webgl backend failed (WebGL context lost); training restarted on cpu from step 0.' });
    expect(events.some((e) => e.type === 'error')).toBe(false);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ type: 'snapshot', step: 3 });
  });

  it('reports the error as it is when cpu itself fails', async () => {
    trainersBuilt = 0;
    const events: TrainEvent[] = [];
    const handler = createWorkerHandler({
      post: (event) => events.push(event),
      chooseBackend: async () => ({ backend: 'cpu', calibration: [] }),
      backend: { current: () => 'cpu', use: async () => true, fallBackToCpu: async () => {} },
    });
    const config = { dataset: 'xor', experts: 2, k: 1, lambda: 0, capacity: 0, noise: false, renorm: false, zloss: 0, hidden: 4, lr: 0.01, batch: 16, seed: 1, points: 64 } as const;
    await handler.handle({ type: 'configure', runId: 1, config });
    await handler.handle({ type: 'start', runId: 1 });
    for (let i = 0; i < 200 && !events.some((e) => e.type === 'error'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(events.find((e) => e.type === 'error')).toMatchObject({ message: 'WebGL context lost' });
  });
});
