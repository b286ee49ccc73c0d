// Builds the MoE Language Model's corpus file (public/data/moe-lm/corpus.json, not committed) from
// the installed packages: run by `prebuild`, and by hand with `npx tsx scripts/build-lm-corpus.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { buildLmCorpus, LM_CORPUS_FILE } from '@/lib/data/lm-corpus';
import { readLmSources } from '@/lib/data/lm-sources';

const started = performance.now();
const corpus = buildLmCorpus(readLmSources(process.cwd()));
const json = JSON.stringify(corpus);
fs.mkdirSync(path.dirname(LM_CORPUS_FILE), { recursive: true });
fs.writeFileSync(LM_CORPUS_FILE, json);
const sizes = corpus.sources.map((s) => `${s.id} ${[...s.train].length}+${[...s.heldout].length} chars (${s.trainDocs}+${s.heldoutDocs} docs)`);
console.log(
  `wrote ${LM_CORPUS_FILE}: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB, ${corpus.vocab.length} tokens, ` +
    `unigram ${corpus.unigramBits.toFixed(3)} bits/char, hash ${corpus.hash}; train+held-out ${sizes.join(', ')}; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
