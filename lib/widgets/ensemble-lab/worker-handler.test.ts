import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ENSEMBLE_GRID, ENSEMBLE_UNITS, MAX_MEMBERS, snapshotTransferables, type EnsembleConfig, type EnsembleEvent, type EnsembleSnapshot } from './protocol';
import { createEnsembleHandler } from './worker-handler';
import { eventWaiter, runSnapshots } from '@/lib/train/test-events';
import { t } from '@/lib/i18n';
import '@/lib/i18n/catalogs';

// When set, the next trainer built fails on its first step, as a backend that breaks mid-run does.
const failing = vi.hoisted(() => ({ next: false }));
vi.mock('./train', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./train')>();
  return {
    ...actual,
    createEnsembleTrainer: (config: EnsembleConfig) => {
      const trainer = actual.createEnsembleTrainer(config);
      if (!failing.next) return trainer;
      failing.next = false;
      return new Proxy(trainer, {
        get(target, key, receiver) {
          if (key === 'step') return () => { throw new Error('wasm memory access out of bounds'); };
          return Reflect.get(target, key, receiver);
        },
      });
    },
  };
});

beforeAll(async () => {
  // wasm runs in Node from node_modules (the lab's worker picks it in the browser too)
  await tf.setBackend('wasm');
});

const CONFIG: EnsembleConfig = { dataset: 'moons', hidden: 8, depth: 1, noise: 0.2, seed: 1, experts: 2, k: 1 };

function harness() {
  const events: EnsembleEvent[] = [];
  const transfers: Transferable[][] = [];
  let backendName = 'wasm';
  const handler = createEnsembleHandler({
    post: (event, transfer) => {
      events.push(event);
      transfers.push(transfer);
    },
    chooseBackend: async () => ({ backend: 'wasm', calibration: [] }),
    // the tests train on wasm whatever the handler believes; fallBackToCpu only renames it
    backend: { current: () => backendName, use: async () => true, fallBackToCpu: async () => void (backendName = 'cpu') },
    snapshotMs: 20,
  });
  const waitFor = eventWaiter(events, 60_000);
  const snapshots = (runId: number) => runSnapshots(events, runId);
  return { events, transfers, handler, waitFor, snapshots };
}

const hasResult = (e: EnsembleEvent): e is EnsembleSnapshot & { type: 'snapshot'; runId: number } => e.type === 'snapshot' && e.result !== null;

describe('Ensembles Lab worker handler (on the run runtime)', () => {
  it('answers an invalid config with an error naming the field, and skips commands of older runs', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 2, config: { ...CONFIG, experts: 2, k: 3 } });
    expect(h.events).toEqual([
      {
        type: 'error',
        runId: 2,
        message: 'Invalid config: k k must be ≤ experts',
        // the same error as a catalog key, for the page to show in its language
        noticeMessage: { key: 'train.error.invalidConfig', vars: { issues: 'k k must be ≤ experts' } },
      },
    ]);
    expect(t('train.error.invalidConfig', { issues: 'k k must be ≤ experts' }, 'zh')).toBe('配置无效：k k must be ≤ experts');
    await h.handler.handle({ type: 'configure', runId: 1, config: CONFIG });
    await h.handler.handle({ type: 'start', runId: 2 });
    expect(h.events.slice(1)).toEqual([{ type: 'error', runId: 2, message: 'start before configure' }]);
  });

  it('configure posts ready and a step-0 snapshot; start until the last unit streams the stages and ends with the result, its buffers moved', async () => {
    const h = harness();
    const before = tf.memory().numTensors;
    await h.handler.handle({ type: 'configure', runId: 1, config: CONFIG });
    expect(h.events).toEqual([
      { type: 'ready', runId: 1, backend: 'wasm', calibration: [] },
      { type: 'snapshot', runId: 1, step: 0, running: false, stepsPerSecond: 0, config: CONFIG, stage: 'members', share: 0, result: null },
    ]);
    await h.handler.handle({ type: 'start', runId: 1, until: ENSEMBLE_UNITS });
    await h.waitFor(hasResult);
    const last = h.events.at(-1);
    if (!last || !hasResult(last)) throw new Error('the result is not the last event');
    expect(last).toMatchObject({ step: ENSEMBLE_UNITS, running: false, stage: 'combining', share: 1, config: CONFIG });
    const snaps = h.snapshots(1);
    expect(snaps.slice(1, -1).every((s) => s.running && s.result === null)).toBe(true);
    const steps = snaps.map((s) => s.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(snaps.map((s) => s.stage)).has('moe')).toBe(true);
    // only the result's snapshot moves buffers: its 10 typed arrays
    const moved = h.transfers.at(-1) ?? [];
    expect(moved).toHaveLength(10);
    expect(moved).toEqual(snapshotTransferables(last));
    expect(h.transfers.slice(0, -1).every((t) => t.length === 0)).toBe(true);
    expect(last.result?.bagging.grid.length).toBe(ENSEMBLE_GRID * ENSEMBLE_GRID * MAX_MEMBERS * 2);
    expect(tf.memory().numTensors).toBe(before);
    // a later start at the end posts the state again, without a result whose buffers are gone
    await h.handler.handle({ type: 'start', runId: 1, until: ENSEMBLE_UNITS });
    expect(h.events.at(-1)).toMatchObject({ type: 'snapshot', step: ENSEMBLE_UNITS, result: null });
    await h.handler.handle({ type: 'dispose', runId: 1 });
  }, 120_000);

  it('a newer configure replaces a run mid-way: the old run posts nothing more and its tensors are freed', async () => {
    const h = harness();
    const before = tf.memory().numTensors;
    await h.handler.handle({ type: 'configure', runId: 1, config: CONFIG });
    await h.handler.handle({ type: 'start', runId: 1, until: ENSEMBLE_UNITS });
    await h.waitFor((e) => e.type === 'snapshot' && e.running);
    await h.handler.handle({ type: 'configure', runId: 2, config: { ...CONFIG, seed: 2 } });
    const count = h.events.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(h.events.length).toBe(count);
    expect(h.events.some((e) => e.runId === 1 && hasResult(e))).toBe(false);
    expect(h.events.at(-1)).toMatchObject({ type: 'snapshot', runId: 2, step: 0, config: { seed: 2 } });
    await h.handler.handle({ type: 'dispose', runId: 2 });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('restarts the run on cpu with a notice when its backend fails mid-run', async () => {
    const h = harness();
    failing.next = true;
    await h.handler.handle({ type: 'configure', runId: 1, config: CONFIG });
    await h.handler.handle({ type: 'start', runId: 1, until: ENSEMBLE_UNITS });
    await h.waitFor((e) => e.type === 'ready' && e.backend === 'cpu');
    await h.handler.handle({ type: 'step', runId: 1, steps: 3 });
    expect(h.events.filter((e) => e.type === 'ready')).toEqual([
      { type: 'ready', runId: 1, backend: 'wasm', calibration: [] },
      {
        type: 'ready',
        runId: 1,
        backend: 'cpu',
        calibration: [],
        notice: 'The wasm backend failed (wasm memory access out of bounds); training restarted on cpu from step 0.',
        // the same notice as a catalog key, for the page to show in its language
        noticeMessage: { key: 'train.notice.failed', vars: { failed: 'wasm', error: 'wasm memory access out of bounds' } },
      },
    ]);
    expect(h.events.some((e) => e.type === 'error')).toBe(false);
    expect(h.events.at(-1)).toMatchObject({ type: 'snapshot', step: 3, stage: 'members', result: null });
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });
});
