import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_CHARS, UNK } from '@/lib/data/char-vocab';
import { t } from '@/lib/i18n';
import { buildLmCorpus, LM_CORPUS_FILE, parseLmCorpus, type LmCorpus } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';
import { eventWaiter, runSnapshots } from '@/lib/train/test-events';
import { loadedCorpus, type LmAssets } from './assets';
import { CHECKPOINT_DIR, checkpointFile, type ManifestEntry } from './checkpoints';
import { createLmRun } from './lm-run';
import type { LmConfig, LmEvent } from './protocol';
import { createLmHandler } from './worker-handler';

beforeAll(async () => {
  // wasm runs in Node from node_modules and is several times faster than cpu for these models
  await tf.setBackend('wasm');
});

/** A tiny three-source corpus (a small vocabulary keeps the model fast): enough for the windows of context 16. */
function tinyCorpus(): LmCorpus {
  const en = 'the cat sat on the mat and the dog ran to the cat. '.repeat(40);
  const zh = '明月几时有把酒问青天不知天上宫阙今夕是何年'.repeat(30);
  const code = 'function f(a, b) { return a + b; }\n'.repeat(40);
  const extra = [...new Set([...zh])];
  return {
    version: 1,
    hash: '00000000',
    vocab: [UNK, ...BASE_CHARS, ...extra],
    unigramBits: 4,
    sources: [
      { id: 'en', label: 'English', packages: [], train: en, heldout: en.slice(0, 400), trainDocs: 1, heldoutDocs: 1, unigramBits: 4 },
      { id: 'zh', label: 'Chinese', packages: [], train: zh, heldout: zh.slice(0, 200), trainDocs: 1, heldoutDocs: 1, unigramBits: 4 },
      { id: 'code', label: 'Code', packages: [], train: code, heldout: code.slice(0, 400), trainDocs: 1, heldoutDocs: 1, unigramBits: 4 },
    ],
  };
}

const TINY = { checkpoint: 'scratch', layers: 1, dModel: 32, context: 16, experts: 4, k: 2, router: 'mixtral', lambda: 0.01, zloss: 0.001, gamma: 0.001, capacity: 0, shared: false, granularity: 1, jitter: 0, lr: 0.01, batch: 4, seed: 1 };

const tinyAssets: LmAssets = {
  corpus: async () => tinyCorpus(),
  checkpoint: async () => {
    throw new Error('HTTP 404');
  },
};

function harness(assets: LmAssets = tinyAssets) {
  const events: LmEvent[] = [];
  const handler = createLmHandler({
    post: (event) => events.push(event as LmEvent),
    chooseBackend: async () => ({ backend: 'wasm', calibration: [] }),
    backend: { current: () => 'wasm', use: async () => true, fallBackToCpu: async () => {} },
    assets,
    snapshotMs: 20,
  });
  return { events, handler, waitFor: eventWaiter(events, 60_000), snapshots: (runId: number) => runSnapshots(events, runId) };
}

describe('MoE LM worker handler', () => {
  it('configure loads the corpus, posts ready and a step-0 snapshot that routes the learner’s text per layer and character', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, layers: 2 }, text: 'the cat 月😀' });
    expect(h.events.map((e) => e.type)).toEqual(['ready', 'snapshot']);
    const [s] = h.snapshots(1);
    expect(s).toMatchObject({ step: 0, running: false, trainBpc: null, dropped: null, checkpoint: { requested: 'scratch', loaded: null } });
    // a fresh model guesses near uniformly: about log2 V bits per character
    expect(s.heldoutBpc).toBeGreaterThan(Math.log2(tinyCorpus().vocab.length) - 1);
    expect(s.load).toHaveLength(2);
    for (const layer of s.load) expect(layer.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const text = s.text!;
    expect(text.chars).toEqual([...'the cat 月😀']);
    expect(text.unknown).toBe(1);
    expect(text.ids.at(-1)).toBe(0);
    expect(text.notices).toEqual([`1 character is not in the model's vocabulary and shows as ${UNK}.`]);
    expect(text.routes).toHaveLength(10);
    for (const token of text.routes) {
      expect(token).toHaveLength(2);
      expect(token[0].probs).toHaveLength(4);
      expect(token[0].probs[token[0].expert]).toBe(Math.max(...token[0].probs));
    }
    expect(s.sources.map((x) => x.source)).toEqual(['en', 'zh', 'code']);
    expect(s.sources[0].experts).toHaveLength(2);
    expect(s.sources[0].experts[0]).toHaveLength(s.sources[0].chars.length);
    expect(s.loadHistory).toEqual([{ step: 0, load: s.load }]);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('trains MoE and dense on the same batches: held-out bits per character fall for both, and the load history grows', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: TINY, text: 'the cat' });
    await h.handler.handle({ type: 'step', runId: 1, steps: 60 });
    const [first, last] = h.snapshots(1);
    expect(last.step).toBe(60);
    expect(last.heldoutBpc).toBeLessThan(first.heldoutBpc! - 2);
    expect(last.denseHeldoutBpc!).toBeLessThan(first.denseHeldoutBpc! - 2);
    expect(last.trainBpc).not.toBeNull();
    expect(last.model).toMatchObject({ experts: 4, k: 2, layers: 1 });
    expect(last.model.denseParams!.total).toBeGreaterThan(0);
    expect(last.loadHistory.map((r) => r.step)).toEqual([0, 60]);
    await h.handler.handle({ type: 'dispose', runId: 1 });
    }, 90_000);

  it('keeps the tensor count flat over 2,000 steps (tf.memory) and frees everything on dispose', async () => {
    const before = tf.memory().numTensors;
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, capacity: 1, jitter: 0.01, router: 'aux-free', shared: true }, text: 'the cat' });
    await h.handler.handle({ type: 'step', runId: 1, steps: 1 });
    const settled = tf.memory().numTensors;
    // 20 snapshots on the way: evaluation and routing must not leak either
    for (let i = 0; i < 19; i++) await h.handler.handle({ type: 'step', runId: 1, steps: i === 18 ? 199 : 100 });
    await h.handler.handle({ type: 'generate', runId: 1, prompt: 'the', count: 5, temperature: 1, topK: 0, topP: 1, seed: 1 });
    expect(tf.memory().numTensors).toBe(settled);
    const snaps = h.snapshots(1);
    expect(snaps.at(-1)!.step).toBe(2000);
    expect(snaps.at(-1)!.tensors).toBe(snaps[1].tensors);
    await h.handler.handle({ type: 'dispose', runId: 1 });
    expect(tf.memory().numTensors).toBe(before);
    // ~100 ms a step (MoE + dense) on a loaded 2-core machine
  }, 400_000);

  it('the learning rate at the top of its range (0.1) on the widest model (d_model 128, seed 1) blows up within a few steps: `diverged`, a reset starts over, and a lower rate trains', async () => {
    // At lr 0.1 (the knob's top) the dense twin's batch loss of this d_model-128 model jumps to
    // 30.4 bits at step 3, over the 27.5-bit limit (4 × ln V nats). It is the seed's luck as
    // much as the rate's: seeds 2–4 peak at 16–24 bits and recover, and the same knobs on the
    // real corpus (V = 2,000, limit 43.9 bits) peaked at 33.7 bits in 30 steps. Seeded, on
    // wasm, the run is the same every time.
    const h = harness();
    const config = { ...TINY, layers: 2, dModel: 128, experts: 8, lr: 0.1 };
    await h.handler.handle({ type: 'configure', runId: 1, config, text: 'the cat' });
    await h.handler.handle({ type: 'step', runId: 1, steps: 20 });
    const diverged = h.events.find((e) => e.type === 'diverged');
    if (diverged?.type !== 'diverged') throw new Error('the run did not diverge');
    expect(diverged).toMatchObject({ runId: 1, message: expect.stringContaining('smaller learning rate') });
    expect(diverged.step).toBeLessThanOrEqual(20);
    expect(diverged.models.length).toBeGreaterThan(0);
    expect(h.snapshots(1).map((s) => s.step)).toEqual([0]);
    // the reset rebuilds the run at step 0 with finite figures
    await h.handler.handle({ type: 'reset', runId: 2 });
    const fresh = h.snapshots(2)[0];
    expect(fresh.step).toBe(0);
    expect(Number.isFinite(fresh.heldoutBpc)).toBe(true);
    // what the notice advises: a smaller learning rate trains the same model without blowing up
    await h.handler.handle({ type: 'configure', runId: 3, config: { ...config, lr: 0.003 } });
    await h.handler.handle({ type: 'step', runId: 3, steps: 20 });
    expect(h.events.filter((e) => e.type === 'diverged' && e.runId === 3)).toEqual([]);
    expect(h.snapshots(3).at(-1)!.step).toBe(20);
    await h.handler.handle({ type: 'dispose', runId: 3 });
  }, 120_000);

  it('a model that has already blown up (a poisoned checkpoint) ends in `diverged` at its first step (answered again to later commands), and a reset starts over at step 0', async () => {
    // A model whose unembedding is 10⁴ times too large (what a far too large learning rate leaves
    // behind), shipped as a checkpoint: the MoE model itself blows up, at once. At the default
    // width a learning rate gets nowhere near: at lr 0.1 this tiny model's worst batch in 300
    // steps was 7.8 bits against the 27.5-bit limit, and the default model on the real corpus
    // (batch 16 or 4) ended 120 steps at 5.5–5.6 held-out bits per character.
    const made = createLmRun({ ...TINY, experts: 4 } as LmConfig, loadedCorpus(tinyCorpus()), new Map());
    tf.tidy(() => made.lm.model.unembed.assign(made.lm.model.unembed.mul(1e4)));
    const bytes = made.lm.save({ vocab: tinyCorpus().vocab, heldoutBpc: 0, corpusHash: tinyCorpus().hash });
    made.dispose();
    const h = harness({ corpus: tinyAssets.corpus, checkpoint: async () => bytes.slice().buffer });
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, checkpoint: 'balanced' }, text: 'the cat' });
    expect(h.snapshots(1)[0].checkpoint.loaded).toBe('balanced');
    await h.handler.handle({ type: 'step', runId: 1, steps: 1 });
    const diverged = h.events.find((e) => e.type === 'diverged');
    expect(diverged).toMatchObject({ runId: 1, step: 1, models: ['moe'], message: expect.stringContaining('smaller learning rate') });
    const count = h.events.length;
    await h.handler.handle({ type: 'start', runId: 1 });
    expect(h.events.slice(count).map((e) => e.type)).toEqual(['diverged']);
    // the reset rebuilds the run from its checkpoint at step 0, trainable again
    await h.handler.handle({ type: 'reset', runId: 2 });
    expect(h.snapshots(2)[0]).toMatchObject({ step: 0 });
    await h.handler.handle({ type: 'dispose', runId: 2 });
  }, 120_000);

  it('capacity below 1 drops tokens: the dropped share and the routed text say so', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, capacity: 0.5 }, text: 'the cat sat on the mat' });
    await h.handler.handle({ type: 'step', runId: 1, steps: 2 });
    const s = h.snapshots(1).at(-1)!;
    // capacity 0.5 keeps at most half the assignments
    expect(s.dropped!).toBeGreaterThanOrEqual(0.5);
    expect(s.text!.routes.filter((r) => r[0].dropped).length).toBeGreaterThan(0);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('a new text is routed at once while paused; generate answers with the prompt and its continuation, routed', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: TINY, text: 'the' });
    await h.handler.handle({ type: 'text', runId: 1, text: 'a + b' });
    expect(h.snapshots(1).at(-1)!.text!.chars).toEqual([...'a + b']);
    await h.handler.handle({ type: 'generate', runId: 1, prompt: 'the c', count: 12, temperature: 0.8, topK: 20, topP: 0.95, seed: 3 });
    const g = h.events.find((e) => e.type === 'generation');
    expect(g).toMatchObject({ type: 'generation', runId: 1, promptLength: 5 });
    if (g?.type !== 'generation') throw new Error('no generation');
    expect(g.chars).toHaveLength(17);
    expect(g.chars.slice(0, 5).join('')).toBe('the c');
    expect(g.text).toBe(g.chars.slice(5).join(''));
    expect(g.routes).toHaveLength(17);
    // invalid sampling is refused with a message, not thrown
    await h.handler.handle({ type: 'generate', runId: 1, prompt: 'x', count: 0, temperature: 1, topK: 0, topP: 1, seed: 1 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', runId: 1 });
    await h.handler.handle({ type: 'dispose', runId: 1 });
  });

  it('a checkpoint that fails to load trains from scratch with a notice; a corpus that fails is an error, not a crash', async () => {
    const h = harness();
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, checkpoint: 'balanced' } });
    const s = h.snapshots(1)[0];
    expect(s.checkpoint).toEqual({
      requested: 'balanced',
      loaded: null,
      notice: 'The balanced checkpoint could not be loaded (HTTP 404); training from scratch instead.',
      noticeMessage: { key: 'lm.notice.checkpointFailed', vars: { id: 'balanced', error: 'HTTP 404' } },
    });
    expect(t(s.checkpoint.noticeMessage!.key, s.checkpoint.noticeMessage!.vars)).toBe(s.checkpoint.notice);
    expect(s.model.experts).toBe(4);
    await h.handler.handle({ type: 'dispose', runId: 1 });

    const broken = harness({ corpus: async () => Promise.reject(new Error('offline')), checkpoint: tinyAssets.checkpoint });
    await broken.handler.handle({ type: 'configure', runId: 1, config: TINY });
    expect(broken.events.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('offline') });
  });
});

describe('MoE LM worker handler with the shipped checkpoints', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(CHECKPOINT_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const fileAssets: LmAssets = {
    corpus: async () => (fs.existsSync(LM_CORPUS_FILE) ? parseLmCorpus(JSON.parse(fs.readFileSync(LM_CORPUS_FILE, 'utf8'))) : buildLmCorpus(readLmSources(process.cwd()))),
    checkpoint: async (id) => {
      const b = fs.readFileSync(path.join(CHECKPOINT_DIR, checkpointFile(id)));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
  };

  it('loads the balanced checkpoint: its documented held-out bits per character before any training, routed text, the knobs’ λ', async () => {
    const h = harness(fileAssets);
    const config = { ...TINY, checkpoint: 'balanced', layers: 2, dModel: 64, context: 64, experts: 8, k: 2 };
    await h.handler.handle({ type: 'configure', runId: 1, config, text: 'The jury said.\n明月几时有' });
    // two snapshots at the checkpoint's step: the routed text first, then the held-out figures
    const [quick, s] = h.snapshots(1);
    const entry = manifest.find((e) => e.id === 'balanced')!;
    expect(quick).toMatchObject({ step: entry.steps, heldoutBpc: null, denseHeldoutBpc: null, load: [], sources: [], checkpoint: { requested: 'balanced', loaded: 'balanced' } });
    expect(quick.text).toEqual(s.text);
    expect(s.checkpoint).toEqual({ requested: 'balanced', loaded: 'balanced' });
    expect(s.step).toBe(entry.steps);
    expect(Math.abs(s.heldoutBpc! - entry.heldoutBpc)).toBeLessThan(0.005);
    expect(s.load.map((l) => l.map((v) => Number(v.toFixed(4))))).toEqual(entry.load);
    expect(s.text!.unknown).toBe(0);
    expect(s.text!.routes[0]).toHaveLength(2);
    expect(s.text!.routes[0][0].probs).toHaveLength(8);
    // the dense twin beside a checkpoint is made (and evaluated) from the first step on, not before the first colouring
    expect(s.denseHeldoutBpc).toBeNull();
    await h.handler.handle({ type: 'step', runId: 1, steps: 1 });
    expect(h.snapshots(1).at(-1)!.denseHeldoutBpc).toBeGreaterThan(0);
    await h.handler.handle({ type: 'dispose', runId: 1 });
  }, 60_000);

  it('the dense checkpoint is its own baseline: one model, no dense twin beside it, before or after a step', async () => {
    const h = harness(fileAssets);
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, checkpoint: 'dense', layers: 2, dModel: 64, context: 64, experts: 1, k: 1 } });
    const entry = manifest.find((e) => e.id === 'dense')!;
    const s = h.snapshots(1).at(-1)!;
    expect(s.checkpoint).toMatchObject({ requested: 'dense', loaded: 'dense' });
    expect(s.model).toMatchObject({ experts: 1, denseParams: null });
    expect(Math.abs(s.heldoutBpc! - entry.heldoutBpc)).toBeLessThan(0.005);
    await h.handler.handle({ type: 'step', runId: 1, steps: 1 });
    expect(h.snapshots(1).at(-1)).toMatchObject({ step: entry.steps + 1, denseHeldoutBpc: null, denseTrainBpc: null });
    await h.handler.handle({ type: 'dispose', runId: 1 });
  }, 60_000);

  it('a checkpoint fixes the shape: knobs that differ get a notice and the checkpoint’s model runs', async () => {
    const h = harness(fileAssets);
    await h.handler.handle({ type: 'configure', runId: 1, config: { ...TINY, checkpoint: 'collapse' } });
    const s = h.snapshots(1)[0];
    expect(s.checkpoint.loaded).toBe('collapse');
    expect(s.checkpoint.notice).toBe('The collapse checkpoint fixes the model\'s shape (layers 2, dModel 64, context 64, experts 8); choose "scratch" to train another shape.');
    expect(t(s.checkpoint.noticeMessage!.key, s.checkpoint.noticeMessage!.vars)).toBe(s.checkpoint.notice);
    expect(s.model).toMatchObject({ layers: 2, experts: 8, k: 2 });
    await h.handler.handle({ type: 'dispose', runId: 1 });
  }, 60_000);
});
