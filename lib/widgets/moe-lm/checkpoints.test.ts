import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBalance } from '@/lib/math';
import { buildLmCorpus, LM_CORPUS_FILE, parseLmCorpus, type LmCorpus } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';
import { moeLmParameterCounts } from '@/lib/tf/moe-lm';
import { CHECKPOINT_DIR, type ManifestEntry } from './checkpoints';
import { corpusIds } from './corpus-ids';
import { CHECKPOINT_IDS } from './params';
import { trainerFromCheckpoint } from './trainer';

/** The 3 MB the issue allows all shipped checkpoints together. */
const BUDGET_BYTES = 3 * 1024 * 1024;
/** The manifest's figure was measured on the same int8 weights and windows, on wasm: only float rounding differs. */
const BPC_TOLERANCE = 0.005;

const manifest = JSON.parse(fs.readFileSync(path.join(CHECKPOINT_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
let corpus: LmCorpus;

beforeAll(async () => {
  // wasm runs in Node from node_modules; the forward pass of 48 windows is ~10× faster there than on cpu
  await tf.setBackend('wasm');
  corpus = fs.existsSync(LM_CORPUS_FILE) ? parseLmCorpus(JSON.parse(fs.readFileSync(LM_CORPUS_FILE, 'utf8'))) : buildLmCorpus(readLmSources(process.cwd()));
});

describe('shipped MoE LM checkpoints', () => {
  it('are all there, within the size budget, and trained on the current corpus', () => {
    expect(manifest.map((e) => e.id)).toEqual([...CHECKPOINT_IDS]);
    const sizes = manifest.map((e) => fs.statSync(path.join(CHECKPOINT_DIR, e.file)).size);
    expect(sizes).toEqual(manifest.map((e) => e.bytes));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(BUDGET_BYTES);
    // a new corpus changes the vocabulary or the held-out split: retrain with `npm run train:lm`
    for (const e of manifest) expect(e.corpusHash, `${e.id} was trained on another corpus`).toBe(corpus.hash);
  });

  it('λ = 0 routes far less evenly than λ = 0.01: max/mean load higher in every layer, the first ≥ 2.5 against ≤ 2 (lib/math loadBalance)', () => {
    const ratio = (id: string) => manifest.find((e) => e.id === id)!.load.map((l) => loadBalance(l).maxOverMean);
    const [balanced, collapse] = [ratio('balanced'), ratio('collapse')];
    collapse.forEach((r, layer) => expect(r).toBeGreaterThan(balanced[layer]));
    expect(collapse[0]).toBeGreaterThanOrEqual(2.5);
    expect(balanced[0]).toBeLessThanOrEqual(2);
  });

  for (const id of CHECKPOINT_IDS) {
    it(`${id} loads into the current code and reaches its documented held-out bits per character`, () => {
      const entry = manifest.find((e) => e.id === id)!;
      const bytes = fs.readFileSync(path.join(CHECKPOINT_DIR, entry.file));
      const { trainer, meta } = trainerFromCheckpoint(bytes, corpusIds(corpus));
      try {
        expect(meta.config).toEqual(entry.config);
        expect(meta.steps).toBe(entry.steps);
        expect(trainer.params).toEqual(moeLmParameterCounts(entry.config));
        const { heldoutBpc, load } = trainer.evaluate();
        expect(Math.abs(heldoutBpc - entry.heldoutBpc)).toBeLessThan(BPC_TOLERANCE);
        expect(Math.abs(meta.heldoutBpc - entry.heldoutBpc)).toBeLessThan(1e-4);
        // it learned something: below the unigram entropy of the corpus
        expect(heldoutBpc).toBeLessThan(corpus.unigramBits);
        load.forEach((l, layer) => l.forEach((v, e) => expect(v).toBeCloseTo(entry.load[layer][e], 3)));
      } finally {
        trainer.dispose();
      }
    });
  }
});
