import type { Random } from '@/lib/math';

/**
 * Independent seeded streams of one run (model inits, batch order, gating noise), so changing,
 * say, noisy gating does not change the dense baseline's initial weights.
 */
export function streamSeed(seed: number, stream: number): number {
  return (seed * 16 + stream) >>> 0;
}

/** Minibatch indices: a fresh seeded permutation of the training set each epoch. */
export function createBatchSampler(n: number, batch: number, rng: Random): () => Int32Array {
  let order = new Int32Array(0);
  let cursor = 0;
  return () => {
    const out = new Int32Array(batch);
    for (let i = 0; i < batch; i++) {
      if (cursor >= order.length) {
        order = Int32Array.from({ length: n }, (_, j) => j);
        for (let j = n - 1; j > 0; j--) {
          const r = rng.int(j + 1);
          [order[j], order[r]] = [order[r], order[j]];
        }
        cursor = 0;
      }
      out[i] = order[cursor++];
    }
    return out;
  };
}
