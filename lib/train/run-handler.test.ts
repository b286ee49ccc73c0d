import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PLATEAU } from './plateau';
import { createRunHandler, type RunEvent, type RunModel, type RunSnapshot, type RunTrainer } from './run-handler';
import { eventWaiter, runSnapshots } from './test-events';

/** A model that is at 100 % from step 100 on, with a flat loss: it sits on a plateau. */
interface Snap extends RunSnapshot {
  accuracy: number;
  loss: number;
}

const AT_TARGET_FROM = 100;

function fakeModel(judged = true): RunModel<{ seed: number }, RunTrainer, Snap, object, never> {
  return {
    schema: z.object({ seed: z.number() }),
    create() {
      let steps = 0;
      return {
        get steps() {
          return steps;
        },
        step: (count = 1) => void (steps += count),
        sync() {},
        dispose() {},
      };
    },
    snapshot: (trainer) => ({ step: trainer.steps, running: false, stepsPerSecond: 0, accuracy: trainer.steps >= AT_TARGET_FROM ? 1 : 0.5, loss: 0.05 }),
    transfer: () => [],
    divergence: () => null,
    chooseBackend: async () => ({ backend: 'cpu', calibration: [] }),
    recalibrate: () => false,
    ...(judged ? { progress: (s: Snap) => ({ step: s.step, accuracy: s.accuracy, loss: s.loss }) } : {}),
  };
}

function harness(judged = true) {
  const events: Array<RunEvent<Snap>> = [];
  // a clock that moves one ms per reading: each chunk is a handful of steps, the same on any machine
  let clock = 0;
  const handler = createRunHandler(fakeModel(judged), {
    post: (event) => events.push(event),
    backend: { current: () => 'cpu', use: async () => true, fallBackToCpu: async () => {} },
    now: () => clock++,
    chunkMs: 10,
    snapshotMs: 50,
  });
  const snapshots = () => runSnapshots(events, 1);
  const lastStep = () => snapshots().at(-1)?.step ?? 0;
  return { handler, events, snapshots, lastStep, waitFor: eventWaiter(events, 10_000) };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('run handler: stopping by itself at a plateau', () => {
  it('stops on the snapshot that completes the plateau, with no pause from the page, and a start without autoStop trains on', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { seed: 1 } });
    await h.handler.handle({ type: 'start', runId: 1, autoStop: true });
    const stop = await h.waitFor((e) => e.type === 'snapshot' && e.plateau !== undefined);
    await settle();
    // the run stopped there: nothing was posted after it, and it says so itself
    expect(h.snapshots().at(-1)).toBe(stop);
    expect(stop).toMatchObject({ running: false, accuracy: 1 });
    if (stop.type !== 'snapshot' || !stop.plateau) throw new Error('no plateau');
    expect(stop.plateau.steps).toBeGreaterThanOrEqual(PLATEAU.window);
    // the stretch began at the first snapshot at the target
    const first = h.snapshots().find((s) => s.accuracy === 1);
    expect(stop.step - stop.plateau.steps).toBe(first?.step);
    expect(first!.step).toBeGreaterThanOrEqual(AT_TARGET_FROM);
    expect(stop.step).toBeLessThan(first!.step + PLATEAU.window + 200);

    // Train after the stop: the learner asked for more, so it goes well past another window
    await h.handler.handle({ type: 'start', runId: 1 });
    await expect.poll(h.lastStep, { timeout: 10_000 }).toBeGreaterThan(stop.step + 2 * PLATEAU.window);
    await h.handler.handle({ type: 'pause', runId: 1 });
    expect(h.snapshots().filter((s) => s.plateau)).toHaveLength(1);
  });

  it('a start’s until decides alone: no plateau stop before it', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { seed: 1 } });
    await h.handler.handle({ type: 'start', runId: 1, until: 2500, autoStop: true });
    await h.waitFor((e) => e.type === 'snapshot' && !e.running && e.step > 0);
    await settle();
    expect(h.snapshots().at(-1)).toMatchObject({ step: 2500, running: false });
    expect(h.snapshots().filter((s) => s.plateau)).toHaveLength(0);
  });

  it('never stops by itself without autoStop, or when the model has no progress to judge', async () => {
    for (const [judged, autoStop] of [[true, false], [false, true]] as const) {
      const h = harness(judged);
      await h.handler.handle({ type: 'configure', runId: 1, config: { seed: 1 } });
      await h.handler.handle({ type: 'start', runId: 1, autoStop });
      await expect.poll(h.lastStep, { timeout: 10_000 }).toBeGreaterThan(3 * PLATEAU.window);
      await h.handler.handle({ type: 'pause', runId: 1 });
      expect(h.snapshots().filter((s) => s.plateau)).toHaveLength(0);
    }
  });
});
