import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom, entropy } from '@/lib/math';
import type { MoeLmConfig } from '@/lib/tf/moe-lm';
import { sampleToken } from './sampling';
import { createLmTrainer, trainerFromCheckpoint, type LmCorpusIds, type LmTrainOptions } from './trainer';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/**
 * A synthetic two-"language" stream with structure a small model learns fast: words of letters
 * 1…8 from a fixed lexicon separated by 0, and runs of digits 9…12 counting upwards.
 */
function fixture(length: number, seed: number): Int32Array {
  const rng = createRandom(seed);
  const lexicon = [[1, 2, 3], [4, 5], [6, 7, 8, 1], [2, 4, 6], [3, 5, 7, 8]];
  const out: number[] = [];
  while (out.length < length) {
    if (rng.next() < 0.7) out.push(...rng.choice(lexicon), 0);
    else for (let d = 9; d <= 12; d++) out.push(d);
  }
  return Int32Array.from(out.slice(0, length));
}

const CORPUS: LmCorpusIds = { train: fixture(4000, 1), heldout: [fixture(600, 2), fixture(600, 3)] };
const unigramBits = (() => {
  const counts = new Array<number>(13).fill(0);
  for (const id of CORPUS.train) counts[id]++;
  return entropy(counts.map((c) => c / CORPUS.train.length)) / Math.LN2;
})();

const CONFIG: MoeLmConfig = { vocabSize: 13, context: 16, layers: 1, dModel: 16, heads: 2, numExperts: 4, k: 2, expertHidden: 16, granularity: 1, sharedExpert: false, router: 'mixtral' };
const OPTIONS: LmTrainOptions = { lr: 0.01, batch: 4, seed: 1, lambda: 0.01, zLoss: 0.001, capacityFactor: 0, jitter: 0, biasSpeed: 0.001, withDense: true };

describe('MoE LM trainer', () => {
  it('keeps the tensor count flat over 200 steps with every option on, and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    // short windows and batches: the tensor count does not depend on their size, the test's time does
    const t = createLmTrainer({ ...CONFIG, context: 8, router: 'aux-free', sharedExpert: true }, { ...OPTIONS, batch: 2, capacityFactor: 1, jitter: 0.01 }, CORPUS);
    t.step(1);
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 199; i++) t.step(1);
    t.evaluate();
    t.route([1, 2, 3, 0, 9, 10]);
    t.generate([1, 2], 3, { temperature: 1, topK: 5, topP: 0.9 }, 1);
    t.save({ vocab: [], heldoutBpc: 0, corpusHash: 'test' });
    expect(tf.memory().numTensors).toBe(settled);
    t.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('is deterministic for a seed', () => {
    const [a, b] = [createLmTrainer(CONFIG, OPTIONS, CORPUS), createLmTrainer(CONFIG, OPTIONS, CORPUS)];
    a.step(10);
    b.step(10);
    expect(b.evaluate()).toEqual(a.evaluate());
    a.dispose();
    b.dispose();
  });

  it('learns: held-out bits per character fall 1 bit below the unigram entropy, MoE and dense alike', () => {
    const a = createLmTrainer(CONFIG, OPTIONS, CORPUS);
    const first = a.evaluate();
    const stats = a.step(150);
    const later = a.evaluate();
    expect(first.heldoutBpc).toBeGreaterThan(unigramBits);
    expect(later.heldoutBpc).toBeLessThan(unigramBits - 1);
    expect(later.denseHeldoutBpc!).toBeLessThan(unigramBits - 1);
    expect(stats.step).toBe(150);
    expect(stats.load).toHaveLength(1);
    expect(stats.load[0].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    expect(stats.dropped).toBe(0);
    a.dispose();
  });

  it('routes each character per layer, flags drops under tight capacity, and reports the dropped share', () => {
    const t = createLmTrainer({ ...CONFIG, layers: 2 }, { ...OPTIONS, capacityFactor: 0.5 }, CORPUS);
    const stats = t.step(3);
    // capacity 0.5 keeps at most half the assignments
    expect(stats.dropped).toBeGreaterThanOrEqual(0.5);
    const text = Array.from(fixture(40, 9));
    const routes = t.route(text);
    expect(routes).toHaveLength(40);
    expect(routes[0]).toHaveLength(2);
    for (const token of routes) for (const r of token) {
      expect(r.probs).toHaveLength(4);
      expect(r.probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 5);
      expect(r.expert).toBeGreaterThanOrEqual(0);
      expect(r.expert).toBeLessThan(4);
    }
    expect(routes.some((token) => token[0].dropped)).toBe(true);
    t.dispose();
  });

  it('generates reproducibly for a seed, and greedily at temperature 0', () => {
    const t = createLmTrainer(CONFIG, OPTIONS, CORPUS);
    t.step(100);
    const sampling = { temperature: 1, topK: 0, topP: 1 };
    const a = t.generate([1, 2, 3, 0], 20, sampling, 5);
    expect(t.generate([1, 2, 3, 0], 20, sampling, 5)).toEqual(a);
    expect(a).toHaveLength(20);
    // after 9 10 11 the fixture always continues with 12
    expect(t.generate([9, 10, 11], 1, { temperature: 0, topK: 0, topP: 1 }, 1)).toEqual([12]);
    t.dispose();
  });

  it('saves a checkpoint that loads into a new trainer with the same held-out bpc (int8 weights) and step count', () => {
    const t = createLmTrainer({ ...CONFIG, router: 'aux-free' }, { ...OPTIONS, withDense: false }, CORPUS);
    t.step(60);
    const { heldoutBpc } = t.evaluate();
    const bytes = t.save({ vocab: ['<unk>'], heldoutBpc, corpusHash: 'abc' });
    const bias = Array.from(t.model.blocks[0].selectionBias!.dataSync());
    t.dispose();
    const { trainer, meta } = trainerFromCheckpoint(bytes, CORPUS);
    expect(meta.heldoutBpc).toBe(heldoutBpc);
    expect(meta.corpusHash).toBe('abc');
    expect(trainer.steps).toBe(60);
    expect(Math.abs(trainer.evaluate().heldoutBpc - heldoutBpc)).toBeLessThan(0.02);
    // the aux-free bias travels with the weights
    Array.from(trainer.model.blocks[0].selectionBias!.dataSync()).forEach((v, e) => expect(v).toBeCloseTo(bias[e], 2));
    trainer.step(1);
    expect(trainer.steps).toBe(61);
    trainer.dispose();
    expect(() => trainerFromCheckpoint(new Uint8Array([1, 2, 3]), CORPUS)).toThrow(/not a checkpoint/);
  });
});

describe('sampleToken', () => {
  const logits = [2, 1, 0.5, 3, -1];
  it('takes the argmax at temperature 0 or top-k 1, and stays within the top-k and the nucleus', () => {
    const rng = createRandom(1);
    expect(sampleToken(logits, { temperature: 0, topK: 0, topP: 1 }, rng)).toBe(3);
    expect(sampleToken(logits, { temperature: 1, topK: 1, topP: 1 }, rng)).toBe(3);
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) seen.add(sampleToken(logits, { temperature: 1, topK: 2, topP: 1 }, rng));
    expect([...seen].sort()).toEqual([0, 3]);
    // softmax: p(3) ≈ 0.61, p(0) ≈ 0.23: a nucleus of 0.5 is token 3 alone
    for (let i = 0; i < 50; i++) expect(sampleToken(logits, { temperature: 1, topK: 0, topP: 0.5 }, rng)).toBe(3);
  });

  it('draws in proportion to softmax(logits / temperature)', () => {
    const rng = createRandom(2);
    const counts = [0, 0, 0, 0, 0];
    const n = 4000;
    for (let i = 0; i < n; i++) counts[sampleToken(logits, { temperature: 2, topK: 0, topP: 1 }, rng)]++;
    const z = logits.map((v) => Math.exp(v / 2));
    const total = z.reduce((a, b) => a + b, 0);
    counts.forEach((c, i) => expect(Math.abs(c / n - z[i] / total)).toBeLessThan(0.03));
  });
});
