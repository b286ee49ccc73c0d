// The MoE Language Model's figures in Node, with the widget's own model, trainer and run code on
// tfjs wasm and cpu (`npm run bench` calls it; `npx tsx scripts/bench-lm.ts [--skip-target]` runs it
// alone). Beside each figure, a reference measured in the same run: a fixed matMul workload timed
// before and after on each backend, so a slower figure can be told from a busier machine.
import fs from 'node:fs';
import os from 'node:os';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { LM_CORPUS_FILE, parseLmCorpus } from '@/lib/data/lm-corpus';
import { createRandom } from '@/lib/math';
import { createFusedAdam } from '@/lib/tf/fused-adam';
import { createMoeLm, denseEquivalent, disposeMoeLm, moeLmLoss, type MoeLmLoss } from '@/lib/tf/moe-lm';
import { moeLmGradients } from '@/lib/tf/moe-lm-gradients';
import { shapeFromKnobs, trainOptions } from '@/lib/widgets/moe-lm/lm-run';
import { CHECKPOINT_DIR, checkpointFile, SHIPPED_SHAPE } from '@/lib/widgets/moe-lm/checkpoints';
import { loadedCorpus } from '@/lib/widgets/moe-lm/assets';
import { createLmRun, type CheckpointBytes } from '@/lib/widgets/moe-lm/lm-run';
import { DEFAULT_LM_TEXT, LM_KNOBS, type CheckpointId } from '@/lib/widgets/moe-lm/params';
import { LM_RUN_KEYS, lmConfigSchema, type LmConfig } from '@/lib/widgets/moe-lm/protocol';
import { prepareText } from '@/lib/data/char-vocab';

/** The widget's defaults as its worker receives them. */
export function defaultLmConfig(overrides: Partial<LmConfig> = {}): LmConfig {
  const defaults = Object.fromEntries(LM_RUN_KEYS.map((key) => [key, LM_KNOBS.find((knob) => knob.key === key)?.default]));
  return lmConfigSchema.parse({ ...defaults, ...overrides });
}

/** Milliseconds of a fixed workload (20 matMuls 256 × 256) on the current backend: the machine's speed now. */
export function referenceMs(): number {
  const a = tf.randomUniform([256, 256], 0, 1, 'float32', 1);
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) tf.tidy(() => a.matMul(a).dataSync());
  const ms = performance.now() - t0;
  a.dispose();
  return ms;
}

const loadavg = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');

/**
 * Before/after of the expert dispatch, interleaved so the machine's drift hits both alike: one
 * MoE training step (autodiff + fused Adam, no dense twin) at the defaults with every expert on
 * every token ('all', the code before) and with each expert on its own tokens ('gather').
 */
async function dispatchAb(corpus: ReturnType<typeof loadedCorpus>): Promise<void> {
  await tf.setBackend('wasm');
  await tf.ready();
  const config = { ...SHIPPED_SHAPE, numExperts: 8, k: 2, router: 'mixtral' as const, vocabSize: corpus.vocab.chars.length };
  const model = createMoeLm(config, createRandom(1));
  const adam = createFusedAdam(model.variables, { learningRate: 0.003 });
  const rng = createRandom(2);
  const T = config.context;
  const batch = () => {
    const x = new Int32Array(16 * T);
    const y = new Int32Array(16 * T);
    for (let b = 0; b < 16; b++) {
      const start = rng.int(corpus.ids.train.length - T - 1);
      x.set(corpus.ids.train.subarray(start, start + T), b * T);
      y.set(corpus.ids.train.subarray(start + 1, start + T + 1), b * T);
    }
    return [tf.tensor2d(x, [16, T], 'int32'), tf.tensor2d(y, [16, T], 'int32')] as const;
  };
  const ms: Record<'all' | 'gather', number[]> = { all: [], gather: [] };
  const step = (dispatch: 'all' | 'gather') => {
    const [x, y] = batch();
    const t0 = performance.now();
    const cost = adam.minimize(() => moeLmLoss(model, x, y, { lambda: 0.01, zLoss: 0.001, dispatch }).total);
    cost.dataSync();
    const t = performance.now() - t0;
    tf.dispose([cost, x, y]);
    return t;
  };
  step('all');
  step('gather');
  for (let round = 0; round < 4; round++) for (const d of ['all', 'gather'] as const) for (let i = 0; i < 2; i++) ms[d].push(step(d));
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  console.log(`  wasm, one MoE step (no dense twin), interleaved ×8: every expert on every token ${median(ms.all).toFixed(0)} ms (median), each expert on its own tokens ${median(ms.gather).toFixed(0)} ms`);
  adam.dispose();
  disposeMoeLm(model);
}

/**
 * Before/after of the backward pass, interleaved so the machine's drift hits both alike: one
 * training step at the widget's defaults (its knobs, MoE and, second, MoE + dense twin) through
 * autodiff (fused Adam's minimize over moeLmLoss, the trainer before) and through the hand-written
 * backward pass (moeLmGradients + applyGradients, the trainer now); each reads its figures back in
 * one dataSync as the trainer does. Then tf.profile's kernel count of one step of each.
 */
async function backwardAb(corpus: ReturnType<typeof loadedCorpus>, rounds = 5): Promise<void> {
  await tf.setBackend('wasm');
  await tf.ready();
  const knobs = defaultLmConfig({ checkpoint: 'scratch' });
  const config = shapeFromKnobs(knobs, corpus.vocab.chars.length);
  const options = trainOptions(knobs, true);
  const T = config.context;
  const rng = createRandom(2);
  const batch = () => {
    const x = new Int32Array(options.batch * T);
    const y = new Int32Array(options.batch * T);
    for (let b = 0; b < options.batch; b++) {
      const start = rng.int(corpus.ids.train.length - T - 1);
      x.set(corpus.ids.train.subarray(start, start + T), b * T);
      y.set(corpus.ids.train.subarray(start + 1, start + T + 1), b * T);
    }
    return [tf.tensor2d(x, [options.batch, T], 'int32'), tf.tensor2d(y, [options.batch, T], 'int32')] as const;
  };
  type Way = 'autodiff' | 'by hand' | 'by hand, every expert on every token';
  const pair = () => [config, denseEquivalent(config)].map((c, i) => {
    const model = createMoeLm(c, createRandom(10 + i));
    return { model, adam: createFusedAdam(model.variables, { learningRate: options.lr }), routed: i === 0 };
  });
  const members: Record<Way, ReturnType<typeof pair>> = { autodiff: pair(), 'by hand': pair(), 'by hand, every expert on every token': pair() };
  const memberStep = (way: Way, m: ReturnType<typeof pair>[number], x: tf.Tensor2D, y: tf.Tensor2D) => {
    const lossOptions = { lambda: m.routed ? options.lambda : 0, zLoss: m.routed ? options.zLoss : 0, capacityFactor: m.routed ? options.capacityFactor : 0, ...(way === 'by hand, every expert on every token' ? { dispatch: 'all' as const } : {}) };
    const figures = (l: MoeLmLoss) => tf.concat([l.crossEntropy.reshape([1]), l.chosen.reshape([-1]), l.kept.reshape([-1])]);
    if (way === 'autodiff') {
      const held: tf.Tensor[] = [];
      const cost = m.adam.minimize(() => {
        const l = moeLmLoss(m.model, x, y, lossOptions);
        held.push(tf.keep(figures(l)));
        return l.total;
      });
      held[0].dataSync();
      tf.dispose([cost, ...held]);
    } else {
      const { terms, grads } = moeLmGradients(m.model, x, y, lossOptions);
      m.adam.applyGradients(grads);
      const f = tf.tidy(() => figures(terms));
      f.dataSync();
      tf.dispose([f, terms, grads]);
    }
  };
  const step = (way: Way, withDense: boolean) => {
    const [x, y] = batch();
    const t0 = performance.now();
    for (const m of withDense ? members[way] : members[way].slice(0, 1)) memberStep(way, m, x, y);
    const t = performance.now() - t0;
    tf.dispose([x, y]);
    return t;
  };
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const ways: Way[] = ['autodiff', 'by hand', 'by hand, every expert on every token'];
  for (const way of ways) step(way, true);
  const before = tf.memory().numTensors;
  const ref0 = referenceMs();
  const ms: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round++) {
    for (const withDense of [false, true]) for (const way of ways) for (let i = 0; i < 2; i++) (ms[`${way}${withDense}`] ??= []).push(step(way, withDense));
  }
  const ref1 = referenceMs();
  const leaked = tf.memory().numTensors - before;
  console.log(`  wasm, one training step at the defaults, autodiff vs hand-written backward (default dispatch: each expert on its own tokens; interleaved, ${2 * rounds} steps each, medians; reference ${ref0.toFixed(0)} → ${ref1.toFixed(0)} ms; tensors after − before: ${leaked}):`);
  for (const withDense of [false, true]) {
    const [a, b, c] = ways.map((w) => median(ms[`${w}${withDense}`]));
    console.log(`    ${withDense ? 'MoE + dense twin' : 'MoE alone       '}  autodiff ${a.toFixed(0)} ms, by hand ${b.toFixed(0)} ms (${(a / b).toFixed(2)}×), by hand with every expert on every token ${c.toFixed(0)} ms (${(a / c).toFixed(2)}×)`);
  }
  for (const way of ways) {
    for (const withDense of [false, true]) {
      const info = await tf.profile(() => {
        step(way, withDense);
      });
      const identity = info.kernels.filter((k) => k.name === 'Identity').length;
      console.log(`    tf.profile of one step, ${way}, ${withDense ? 'MoE + dense twin' : 'MoE alone'}: ${info.kernels.length} kernels (${identity} Identity)`);
    }
  }
  for (const way of ways) for (const m of members[way]) {
    m.adam.dispose();
    disposeMoeLm(m.model);
  }
}

export async function benchLmNode(options: { target?: boolean; targetSeconds?: number; backends?: string[]; ab?: boolean } = {}): Promise<void> {
  const corpus = loadedCorpus(parseLmCorpus(JSON.parse(fs.readFileSync(LM_CORPUS_FILE, 'utf8'))));
  const bytes = (id: CheckpointId) => {
    const b = fs.readFileSync(`${CHECKPOINT_DIR}/${checkpointFile(id)}`);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
  const checkpoints = new Map<CheckpointId, CheckpointBytes>([['balanced', bytes('balanced')]]);
  console.log(`\nMoE Language Model in Node (the worker's code; defaults: 2 layers, d_model 64, N 8, K 2, context 64, batch 16, MoE + dense twin per step)`);
  console.log(`  ${os.cpus().length} CPUs, load average ${loadavg()} (1, 5, 15 min) at the start: other processes share the machine`);
  for (const backend of options.backends ?? ['wasm', 'cpu']) {
    await tf.setBackend(backend);
    await tf.ready();
    const ref0 = referenceMs();
    // first coloured text from a checkpoint: what the worker does before it posts the first snapshot
    const t0 = performance.now();
    const run = createLmRun(defaultLmConfig(), corpus, checkpoints);
    const tLoaded = performance.now();
    run.setText(DEFAULT_LM_TEXT);
    run.lm.evaluate();
    const tEval = performance.now();
    const snap = run.snapshot();
    const tFirst = performance.now();
    if (!snap.text) throw new Error('no routed text');
    // routing inference: a text of 1,024 characters (16 chunks of the context)
    const long = prepareText(corpus.vocab, DEFAULT_LM_TEXT.repeat(12).slice(0, 1024));
    run.lm.route(long.ids);
    const r0 = performance.now();
    run.lm.route(long.ids);
    const routeMs = performance.now() - r0;
    const prompt = prepareText(corpus.vocab, 'The jury said ').ids;
    run.lm.generate(prompt, 4, { temperature: 1, topK: 0, topP: 1 }, 1);
    const g0 = performance.now();
    run.lm.generate(prompt, 60, { temperature: 1, topK: 0, topP: 1 }, 1);
    const genMs = performance.now() - g0;
    run.dispose();
    // training steps/s at the defaults from scratch
    const train = createLmRun(defaultLmConfig({ checkpoint: 'scratch' }), corpus, checkpoints);
    train.step(2);
    const before = tf.memory().numTensors;
    const s0 = performance.now();
    let steps = 0;
    while (performance.now() - s0 < 6000) {
      train.step(1);
      steps++;
    }
    train.sync();
    const stepsPerSecond = steps / ((performance.now() - s0) / 1000);
    const leaked = tf.memory().numTensors - before;
    train.dispose();
    const ref1 = referenceMs();
    console.log(`  ${backend}: reference workload ${ref0.toFixed(0)} ms before, ${ref1.toFixed(0)} ms after`);
    console.log(`    first coloured text   ${(tFirst - t0).toFixed(0)} ms (checkpoint into the model ${(tLoaded - t0).toFixed(0)} ms, held-out evaluation ${(tEval - tLoaded).toFixed(0)} ms, routing of the sources and the text ${(tFirst - tEval).toFixed(0)} ms); file read and backend start not counted`);
    console.log(`    routing inference     ${(1024 / (routeMs / 1000)).toFixed(0)} characters/s (1,024 characters in ${routeMs.toFixed(0)} ms, every layer's gates read back)`);
    console.log(`    generation            ${(60 / (genMs / 1000)).toFixed(1)} characters/s (60 characters in ${genMs.toFixed(0)} ms)`);
    console.log(`    training from scratch ${stepsPerSecond.toFixed(2)} steps/s (${steps} steps; tensors after − before: ${leaked})`);
  }
  if (options.ab !== false) {
    await dispatchAb(corpus);
    await backwardAb(corpus);
  }
  if (options.target === false) return;
  await tf.setBackend('wasm');
  await tf.ready();
  const limit = options.targetSeconds ?? 180;
  const goal = corpus.unigramBits - 1;
  const run = createLmRun(defaultLmConfig({ checkpoint: 'scratch' }), corpus, checkpoints);
  let trainMs = 0;
  let reached: number | null = null;
  let last = Infinity;
  const ref0 = referenceMs();
  while (trainMs < limit * 1000) {
    const t0 = performance.now();
    run.step(5);
    run.sync();
    trainMs += performance.now() - t0;
    last = run.lm.evaluate().heldoutBpc;
    if (last <= goal) {
      reached = trainMs / 1000;
      break;
    }
  }
  const steps = run.steps;
  run.dispose();
  console.log(`  wasm, from scratch at the defaults to held-out ≤ unigram − 1 = ${goal.toFixed(2)} bits/char: ${reached === null ? `not reached in ${limit} s of training (held-out ${last.toFixed(2)} after ${steps} steps)` : `${reached.toFixed(1)} s of training (${steps} steps; evaluation every 5 steps not counted)`}; reference ${ref0.toFixed(0)} ms → ${referenceMs().toFixed(0)} ms; load average ${loadavg()}`);
}

if (process.argv[1]?.endsWith('bench-lm.ts')) {
  const args = process.argv.slice(2);
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const corpusNow = () => loadedCorpus(parseLmCorpus(JSON.parse(fs.readFileSync(LM_CORPUS_FILE, 'utf8'))));
  const run = args.includes('--ab')
    ? dispatchAb(corpusNow())
    : args.includes('--backward-ab')
    ? backwardAb(corpusNow(), Number(value('rounds') ?? 5))
    : benchLmNode({ target: !args.includes('--skip-target'), targetSeconds: Number(value('seconds') ?? 180), backends: value('backends')?.split(','), ab: !args.includes('--no-ab') });
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
