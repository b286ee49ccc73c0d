// Prebuild step: routes the MoE Language Model's example sentences with the balanced checkpoint
// (the widget's own trainer, tfjs wasm in Node) and writes public/data/moe-lm/hero.json, which the
// home page renders as static coloured text (lib/widgets/moe-lm/hero.ts). Runs after
// build-lm-corpus.ts, whose corpus the trainer needs; never committed.
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { prepareText, vocabFromChars } from '@/lib/data/char-vocab';
import { buildLmCorpus, LM_CORPUS_FILE, parseLmCorpus } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';
import { CHECKPOINT_DIR, checkpointFile } from '@/lib/widgets/moe-lm/checkpoints';
import { corpusIds } from '@/lib/widgets/moe-lm/corpus-ids';
import { LM_HERO_FILE, LM_HERO_VERSION, parseLmHero, type LmHero } from '@/lib/widgets/moe-lm/hero';
import { DEFAULT_LM_TEXT } from '@/lib/widgets/moe-lm/params';
import { trainerFromCheckpoint } from '@/lib/widgets/moe-lm/trainer';

const CHECKPOINT = 'balanced' as const;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function main() {
  const start = performance.now();
  if (!(await tf.setBackend('wasm'))) await tf.setBackend('cpu');
  await tf.ready();
  const corpus = fs.existsSync(LM_CORPUS_FILE) ? parseLmCorpus(JSON.parse(fs.readFileSync(LM_CORPUS_FILE, 'utf8'))) : buildLmCorpus(readLmSources(process.cwd()));
  const bytes = fs.readFileSync(path.join(CHECKPOINT_DIR, checkpointFile(CHECKPOINT)));
  const { trainer, meta } = trainerFromCheckpoint(bytes, corpusIds(corpus));
  try {
    // the checkpoint's own vocabulary, so the ids mean what they meant in training
    const text = prepareText(vocabFromChars(meta.vocab), DEFAULT_LM_TEXT);
    const routes = trainer.route(text.ids);
    const hero: LmHero = parseLmHero({
      version: LM_HERO_VERSION,
      checkpoint: CHECKPOINT,
      corpusHash: meta.corpusHash,
      numExperts: meta.config.numExperts,
      k: meta.config.k,
      layers: meta.config.layers,
      heldoutBpc: meta.heldoutBpc,
      chars: text.chars,
      unknown: Array.from(text.ids, (id) => id === 0),
      routes: routes.map((layers) => layers.map((r) => ({ expert: r.expert, probs: r.probs.map(round3), dropped: r.dropped }))),
    });
    fs.mkdirSync(path.dirname(LM_HERO_FILE), { recursive: true });
    fs.writeFileSync(LM_HERO_FILE, JSON.stringify(hero));
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`routed ${hero.chars.length} characters with the ${CHECKPOINT} checkpoint on ${tf.getBackend()} in ${seconds} s → ${LM_HERO_FILE} (${fs.statSync(LM_HERO_FILE).size} bytes)`);
  } finally {
    trainer.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
