// `npm run train:lm [-- --only=balanced,dense --seconds=180 --backend=wasm]`: trains the MoE
// Language Model's shipped checkpoints in Node with the widget's own model and trainer code, on
// the corpus file (public/data/moe-lm/corpus.json; built from the installed packages when
// missing), and writes public/models/moe-lm/<id>.bin and manifest.json. Each checkpoint trains
// for a wall-clock budget (the machine is shared); the manifest records the steps reached and the
// held-out bits per character of the saved (int8) weights, which checkpoints.test.ts re-checks.
// `--bench` instead prints steps/s at the defaults per backend, MoE alone and with its dense twin.
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { buildLmCorpus, LM_CORPUS_FILE, parseLmCorpus, type LmCorpus } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';
import { denseEquivalent, moeLmParameterCounts, type MoeLmConfig } from '@/lib/tf/moe-lm';
import { CHECKPOINT_DIR, CHECKPOINT_SPECS, checkpointFile, SHIPPED_SHAPE, SHIPPED_TRAINING, type ManifestEntry } from '@/lib/widgets/moe-lm/checkpoints';
import { corpusIds } from '@/lib/widgets/moe-lm/corpus-ids';
import { CHECKPOINT_IDS, type CheckpointId } from '@/lib/widgets/moe-lm/params';
import { createLmTrainer, trainerFromCheckpoint } from '@/lib/widgets/moe-lm/trainer';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const seconds = Number(args.get('seconds') ?? 120);
const backend = args.get('backend') ?? 'wasm';
const only = (args.get('only')?.split(',') ?? CHECKPOINT_IDS) as CheckpointId[];

function readCorpus(): LmCorpus {
  if (fs.existsSync(LM_CORPUS_FILE)) return parseLmCorpus(JSON.parse(fs.readFileSync(LM_CORPUS_FILE, 'utf8')));
  return buildLmCorpus(readLmSources(process.cwd()));
}

function configFor(id: CheckpointId, vocabSize: number): MoeLmConfig {
  const spec = CHECKPOINT_SPECS[id];
  const config: MoeLmConfig = { ...SHIPPED_SHAPE, ...spec.model, vocabSize };
  return spec.dense ? denseEquivalent(config) : config;
}

async function bench(corpus: LmCorpus) {
  const ids = corpusIds(corpus);
  const config = configFor('balanced', corpus.vocab.length);
  const p = moeLmParameterCounts(config);
  const d = moeLmParameterCounts(denseEquivalent(config));
  console.log(`defaults: ${JSON.stringify(config)}, batch ${SHIPPED_TRAINING.batch}; params MoE ${p.total} total / ${p.active} active, dense ${d.total}`);
  for (const name of (args.get('backends') ?? 'wasm,cpu').split(',')) {
    await tf.setBackend(name);
    await tf.ready();
    for (const withDense of [false, true]) {
      const trainer = createLmTrainer({ ...config, ...(args.has('hidden') ? { expertHidden: Number(args.get('hidden')) } : {}) }, { ...SHIPPED_TRAINING, withDense, ...(args.has('batch') ? { batch: Number(args.get('batch')) } : {}) }, ids);
      trainer.step(2);
      const start = performance.now();
      let steps = 0;
      while (performance.now() - start < Number(args.get('benchMs') ?? 8000)) {
        trainer.step(1);
        steps++;
      }
      const s = (performance.now() - start) / 1000;
      console.log(`${name}${withDense ? ' + dense twin' : ''}: ${(steps / s).toFixed(2)} steps/s (${steps} steps in ${s.toFixed(1)} s)`);
      trainer.dispose();
    }
  }
}

async function main() {
  if (!(await tf.setBackend(backend))) throw new Error(`backend ${backend} did not start`);
  await tf.ready();
  const corpus = readCorpus();
  if (args.has('bench')) return bench(corpus);
  const ids = corpusIds(corpus);
  fs.mkdirSync(CHECKPOINT_DIR, { recursive: true });
  const manifestFile = path.join(CHECKPOINT_DIR, 'manifest.json');
  const manifest: ManifestEntry[] = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ManifestEntry[]) : [];
  for (const id of only) {
    const config = configFor(id, corpus.vocab.length);
    const training = { ...SHIPPED_TRAINING, ...CHECKPOINT_SPECS[id].training };
    const trainer = createLmTrainer(config, training, ids);
    const start = performance.now();
    let last = start;
    while (performance.now() - start < seconds * 1000) {
      const stats = trainer.step(10);
      if (stats.diverged) throw new Error(`${id} diverged at step ${stats.step}`);
      if (performance.now() - last > 60_000) {
        last = performance.now();
        console.log(`  ${id} step ${stats.step}: train ${stats.trainBpc.toFixed(3)} bpc, held-out ${trainer.evaluate().heldoutBpc.toFixed(3)}`);
      }
    }
    const trainedSeconds = (performance.now() - start) / 1000;
    const draft = trainer.save({ vocab: corpus.vocab, heldoutBpc: 0, corpusHash: corpus.hash });
    trainer.dispose();
    // Measured on the int8 weights as saved, so the figure is the one a learner loads.
    const reloaded = trainerFromCheckpoint(draft, ids).trainer;
    const evaluation = reloaded.evaluate();
    const bytes = reloaded.save({ vocab: corpus.vocab, heldoutBpc: evaluation.heldoutBpc, corpusHash: corpus.hash });
    reloaded.dispose();
    const file = checkpointFile(id);
    fs.writeFileSync(path.join(CHECKPOINT_DIR, file), bytes);
    const entry: ManifestEntry = {
      id,
      file,
      bytes: bytes.length,
      config,
      training,
      steps: reloaded.steps,
      seconds: Math.round(trainedSeconds),
      backend: tf.getBackend(),
      params: moeLmParameterCounts(config),
      heldoutBpc: Number(evaluation.heldoutBpc.toFixed(4)),
      unigramBits: Number(corpus.unigramBits.toFixed(4)),
      load: evaluation.load.map((l) => l.map((v) => Number(v.toFixed(4)))),
      corpusHash: corpus.hash,
    };
    const at = manifest.findIndex((e) => e.id === id);
    if (at >= 0) manifest[at] = entry;
    else manifest.push(entry);
    manifest.sort((a, b) => CHECKPOINT_IDS.indexOf(a.id) - CHECKPOINT_IDS.indexOf(b.id));
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`${id}: ${entry.steps} steps in ${entry.seconds} s on ${entry.backend}, held-out ${entry.heldoutBpc} bpc (unigram ${entry.unigramBits}), ${(bytes.length / 1024).toFixed(0)} KiB`);
  }
}

void main();
