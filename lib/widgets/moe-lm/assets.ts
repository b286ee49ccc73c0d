import { corpusVocab, LM_CORPUS_URL, parseLmCorpus, type LmCorpus, type LmSourceId } from '@/lib/data/lm-corpus';
import { encode, type CharVocab } from '@/lib/data/char-vocab';
import { CHECKPOINT_URL, checkpointFile } from './checkpoints';
import { corpusIds } from './corpus-ids';
import type { CheckpointId } from './params';
import { SOURCE_SAMPLE_CHARS } from './protocol';
import type { LmCorpusIds } from './trainer';

/** Where the worker gets the corpus and the checkpoints (the site's files, or a test's). */
export interface LmAssets {
  corpus(): Promise<LmCorpus>;
  checkpoint(id: CheckpointId): Promise<ArrayBuffer>;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** The site's files, fetched from the worker (the page never downloads them). */
export const siteAssets: LmAssets = {
  corpus: async () => parseLmCorpus(await (await fetchOk(LM_CORPUS_URL)).json()),
  checkpoint: async (id) => (await fetchOk(`${CHECKPOINT_URL}/${checkpointFile(id)}`)).arrayBuffer(),
};

/** The corpus as the worker keeps it: token ids for training, the vocabulary, and each source's routing-table sample. */
export interface LoadedCorpus {
  hash: string;
  unigramBits: number;
  vocab: CharVocab;
  ids: LmCorpusIds;
  /** The first SOURCE_SAMPLE_CHARS characters of each source's held-out text. */
  samples: Array<{ source: LmSourceId; chars: string[]; ids: Int32Array }>;
}

export function loadedCorpus(corpus: LmCorpus): LoadedCorpus {
  const vocab = corpusVocab(corpus);
  return {
    hash: corpus.hash,
    unigramBits: corpus.unigramBits,
    vocab,
    ids: corpusIds(corpus),
    samples: corpus.sources.map((s) => {
      const chars = [...s.heldout].slice(0, SOURCE_SAMPLE_CHARS);
      return { source: s.id, chars, ids: encode(vocab, chars.join('')) };
    }),
  };
}
