import { encode } from '@/lib/data/char-vocab';
import { corpusVocab, DOC_SEPARATOR, type LmCorpus } from '@/lib/data/lm-corpus';
import type { LmCorpusIds } from './trainer';

/**
 * The corpus as token ids for the trainer: the sources' training texts joined by the document
 * separator into one stream (a batch window may cross from one source into the next, as it may
 * cross documents), and each source's held-out text on its own (evaluated window by window).
 */
export function corpusIds(corpus: LmCorpus): LmCorpusIds {
  const vocab = corpusVocab(corpus);
  return {
    train: encode(vocab, corpus.sources.map((s) => s.train).join(DOC_SEPARATOR)),
    heldout: corpus.sources.map((s) => encode(vocab, s.heldout)),
  };
}
