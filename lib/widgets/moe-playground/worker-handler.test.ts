import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainConfigInput, TrainEvent } from './protocol';
import { createWorkerHandler } from './worker-handler';
import { eventWaiter, runSnapshots } from '@/lib/train/test-events';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const RUN: TrainConfigInput = {
  dataset: 'moons',
  experts: 4,
  k: 2,
  lambda: 0.01,
  capacity: 0,
  noise: false,
  renorm: true,
  zloss: 0,
  hidden: 8,
  lr: 0.03,
  batch: 32,
  seed: 1,
  points: 200,
};

function harness(snapshotMs = 20, available = ['cpu']) {
  const events: TrainEvent[] = [];
  let calibrations = 0;
  const switches: string[] = [];
  const handler = createWorkerHandler({
    post: (event) => events.push(event),
    chooseBackend: async () => {
      calibrations++;
      return { backend: 'cpu', calibration: [{ backend: 'cpu', stepsPerSecond: 100 }] };
    },
    // The tests train on cpu whatever backend a run asks for; `available` says which ones "start".
    backend: { current: () => 'cpu', use: async (name) => (switches.push(name), available.includes(name)), fallBackToCpu: async () => {} },
    snapshotMs,
  });
  const waitFor = eventWaiter(events, 15_000);
  const snapshots = (runId: number) => runSnapshots(events, runId);
  return { events, handler, waitFor, snapshots, calibrations: () => calibrations, switches };
}

describe('worker handler', () => {
  it('configure posts ready, then a step-0 snapshot; step trains and posts one snapshot', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN });
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'snapshot']);
    expect(h.events[0]).toMatchObject({ type: 'ready', runId: 1, backend: 'cpu' });
    expect(h.events[1]).toMatchObject({ type: 'snapshot', runId: 1, step: 0, running: false });
    await h.handler.handle({ type: 'step', runId: 1, steps: 5 });
    expect(h.events.at(-1)).toMatchObject({ type: 'snapshot', step: 5, running: false });
    // Same size of model: no second calibration.
    await h.handler.handle({ type: 'configure', runId: 2, config: { ...RUN, seed: 2 } });
    expect(h.calibrations()).toBe(1);
    await h.handler.handle({ type: 'dispose', runId: 2 });
  });

  it('start streams snapshots and pauses at `until`; pause stops the loop', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN });
    await h.handler.handle({ type: 'start', runId: 1, until: 60 });
    const last = await h.waitFor((e) => e.type === 'snapshot' && !e.running && e.step === 60);
    expect(last).toMatchObject({ runId: 1, step: 60 });
    const steps = h.snapshots(1).map((s) => s.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));

    await h.handler.handle({ type: 'start', runId: 1 });
    await h.waitFor((e) => e.type === 'snapshot' && e.running);
    await h.handler.handle({ type: 'pause', runId: 1 });
    const paused = h.events.at(-1);
    expect(paused).toMatchObject({ type: 'snapshot', running: false });
    const count = h.events.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(h.events.length).toBe(count);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('posts the first trained chunk at once, then waits for the snapshot interval', async () => {
    const h = harness(60_000);
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN });
    await h.handler.handle({ type: 'start', runId: 1 });
    const first = await h.waitFor((e) => e.type === 'snapshot' && e.running, 2_000);
    expect(first).toMatchObject({ runId: 1, running: true });
    expect(first.type === 'snapshot' && first.step).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    // Training went on, but no second snapshot within a minute's interval.
    expect(h.snapshots(1).filter((s) => s.running)).toHaveLength(1);
    await h.handler.handle({ type: 'pause', runId: 1 });
    expect(h.events.at(-1)).toMatchObject({ type: 'snapshot', running: false });
    expect((h.events.at(-1) as { step: number }).step).toBeGreaterThan((first as { step: number }).step);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('uses a requested backend without measuring, and measures again once the URL asks for none', async () => {
    const h = harness(20, ['cpu', 'wasm']);
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN, backend: 'wasm' });
    expect(h.events[0]).toEqual({ type: 'ready', runId: 1, backend: 'wasm', calibration: [], requested: true });
    expect(h.calibrations()).toBe(0);
    // The same request again: no second switch, no ready.
    await h.handler.handle({ type: 'configure', runId: 2, config: { ...RUN, seed: 3 }, backend: 'wasm' });
    expect(h.switches).toEqual(['wasm']);
    expect(h.events.filter((e) => e.type === 'ready')).toHaveLength(1);
    await h.handler.handle({ type: 'configure', runId: 3, config: RUN });
    expect(h.calibrations()).toBe(1);
    expect(h.events.filter((e) => e.type === 'ready').at(-1)).toMatchObject({ runId: 3, backend: 'cpu', calibration: [{ backend: 'cpu' }] });
    await h.handler.handle({ type: 'dispose', runId: 3 });
  });

  it('measures the others, with a notice, when the requested backend cannot start', async () => {
    const h = harness(20, ['cpu']);
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN, backend: 'webgl' });
    expect(h.events[0]).toMatchObject({ type: 'ready', backend: 'cpu', notice: 'The webgl backend cannot start here; using cpu, the fastest of the others.' });
    expect(h.events[1]).toMatchObject({ type: 'snapshot', step: 0 });
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('says why webgpu cannot start when a link asks for it in a widget without it', async () => {
    const h = harness(20, ['cpu']);
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN, backend: 'webgpu' });
    expect(h.events[0]).toMatchObject({ type: 'ready', backend: 'cpu', noticeMessage: { key: 'train.notice.cannotStartWebgpu', vars: { requested: 'webgpu', name: 'cpu' } } });
    expect((h.events[0] as { notice?: string }).notice).toMatch(/^The webgpu backend cannot start here: .*only the MoE Language Model offers it\. Using cpu/);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('ignores commands with a stale runId', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 5, config: RUN });
    const count = h.events.length;
    await h.handler.handle({ type: 'step', runId: 4, steps: 3 });
    await h.handler.handle({ type: 'start', runId: 4 });
    await h.handler.handle({ type: 'configure', runId: 3, config: RUN });
    await h.handler.handle({ type: 'reset', runId: 2 });
    await new Promise((r) => setTimeout(r, 50));
    expect(h.events.length).toBe(count);
    // A configure queued behind a newer one is skipped without building a model.
    const older = h.handler.handle({ type: 'configure', runId: 6, config: RUN });
    await h.handler.handle({ type: 'configure', runId: 7, config: RUN });
    await older;
    expect(h.events.slice(count).map((e) => e.runId)).toEqual([7]);
    await h.handler.handle({ type: 'dispose', runId: 7 });
  });

  it('reports an invalid config as an error and drops the previous run', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: RUN });
    await h.handler.handle({ type: 'configure', runId: 2, config: { ...RUN, k: 9 } });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', runId: 2, message: expect.stringContaining('k must be ≤ experts') });
    await h.handler.handle({ type: 'start', runId: 2 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', runId: 2, message: 'start before configure' });
  });

  it('reports a diverging run (lr = 10) as diverged, never as a snapshot with NaN', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...RUN, lr: 10, dataset: 'spiral' } });
    await h.handler.handle({ type: 'start', runId: 1, until: 500 });
    const diverged = await h.waitFor((e) => e.type === 'diverged' || (e.type === 'snapshot' && e.step === 500));
    expect(diverged).toMatchObject({ type: 'diverged', runId: 1, models: ['moe', 'dense'] });
    for (const s of h.snapshots(1)) expect(s.step).toBe(0);
    // The run stays diverged: training it again only repeats the event.
    await h.handler.handle({ type: 'step', runId: 1, steps: 2 });
    expect(h.events.at(-1)).toEqual(diverged);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });
});
