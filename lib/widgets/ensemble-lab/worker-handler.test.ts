import { describe, expect, it } from 'vitest';
import type { EnsembleEvent } from './protocol';
import { createEnsembleHandler } from './worker-handler';

describe('ensemble worker handler', () => {
  it('answers an invalid config with an error naming the field, and ignores commands of older runs', async () => {
    const events: EnsembleEvent[] = [];
    const handler = createEnsembleHandler({ post: (e) => events.push(e), init: async () => {} });
    await handler.handle({ type: 'train', runId: 2, config: { dataset: 'moons', hidden: 8, depth: 1, noise: 0.2, seed: 1, experts: 2, k: 3 } });
    expect(events).toEqual([{ type: 'error', runId: 2, message: 'Invalid config: k k must be ≤ experts' }]);
    await handler.handle({ type: 'train', runId: 1, config: { dataset: 'moons', hidden: 8, depth: 1, noise: 0.2, seed: 1, experts: 2, k: 1 } });
    expect(events).toHaveLength(1);
  });
});
