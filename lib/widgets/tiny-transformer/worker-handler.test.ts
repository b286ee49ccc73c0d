import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTransformerHandler } from './worker-handler';
import type { TransformerConfigInput, TransformerEvent } from './protocol';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const CONFIG: TransformerConfigInput = { task: 'copy', length: 3, layers: 1, heads: 1, dModel: 8, lr: 0.01, seed: 1, batch: 4 };

function setup() {
  const events: TransformerEvent[] = [];
  const handler = createTransformerHandler({
    post: (e) => events.push(e),
    chooseBackend: async () => ({ backend: 'cpu', calibration: [{ backend: 'cpu', stepsPerSecond: 1 }] }),
    schedule: () => {},
  });
  return { events, handler };
}

describe('transformer worker handler', () => {
  it('configures (ready, then a step-0 snapshot of the default example), steps and answers a typed example', async () => {
    const { events, handler } = setup();
    await handler.handle({ type: 'configure', runId: 1, config: CONFIG });
    expect(events.map((e) => e.type)).toEqual(['ready', 'snapshot']);
    const first = events[1];
    expect(first.type === 'snapshot' && first.example.digits).toEqual([3, 1, 4]);
    await handler.handle({ type: 'step', runId: 1, steps: 2 });
    await handler.handle({ type: 'example', runId: 1, digits: [9, 8, 7] });
    const last = events[events.length - 1];
    expect(last.type === 'snapshot' && [last.step, last.example.digits, last.example.expected]).toEqual([2, [9, 8, 7], [9, 8, 7]]);
    await handler.handle({ type: 'dispose', runId: 1 });
  });

  it('rejects an invalid config and an example of the wrong length with errors', async () => {
    const { events, handler } = setup();
    await handler.handle({ type: 'configure', runId: 1, config: { ...CONFIG, dModel: 10, heads: 4 } });
    expect(events[0]).toMatchObject({ type: 'error', message: expect.stringContaining('heads must divide dModel') });
    await handler.handle({ type: 'configure', runId: 2, config: CONFIG });
    await handler.handle({ type: 'example', runId: 2, digits: [1, 2] });
    expect(events[events.length - 1]).toMatchObject({ type: 'error', message: 'Invalid example: type exactly 3 digits (got 2)' });
    await handler.handle({ type: 'dispose', runId: 2 });
  });

  it('ignores commands of an older run', async () => {
    const { events, handler } = setup();
    await handler.handle({ type: 'configure', runId: 2, config: CONFIG });
    const count = events.length;
    await handler.handle({ type: 'step', runId: 1 });
    expect(events.length).toBe(count);
    await handler.handle({ type: 'dispose', runId: 2 });
  });
});
