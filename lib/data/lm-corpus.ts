/**
 * The MoE Language Model's training corpus: three sources (English prose, Chinese poetry, code),
 * each split by document into a fixed training and held-out part, with the character vocabulary
 * built from the training parts. Built at build time by scripts/build-lm-corpus.ts into
 * public/data/moe-lm/corpus.json (never committed); the widget fetches it, the training script
 * and tests build or read it. The shape is checked with zod when it is read.
 */
import { z } from 'zod';
import { buildCharVocab, encode, idCounts, unigramBits, vocabFromChars, VOCAB_CAP, type CharVocab } from './char-vocab';
import { hashText } from './text';

export const LM_SOURCE_IDS = ['en', 'zh', 'code'] as const;
export type LmSourceId = (typeof LM_SOURCE_IDS)[number];
export const LM_SOURCE_LABELS: Record<LmSourceId, string> = { en: 'English', zh: 'Chinese', code: 'Code' };

/** Where the built corpus lies: in the repository (public/…) and on the site. */
export const LM_CORPUS_FILE = 'public/data/moe-lm/corpus.json';
export const LM_CORPUS_URL = '/data/moe-lm/corpus.json';
/** Bumped when the file's shape changes, so an old file is refused rather than misread. */
export const LM_CORPUS_VERSION = 1;

/** Document i of a source is held out when i % HELDOUT_EVERY === HELDOUT_EVERY − 1: exactly one in ten, fixed by order. */
export const HELDOUT_EVERY = 10;
/** Documents of a split are joined by a blank line into one string (the model reads windows across them). */
export const DOC_SEPARATOR = '\n\n';

/** An npm package a source was read from, as its package.json names it. */
export interface PackageRef {
  name: string;
  version: string;
  license: string;
}

/** One source's documents in a fixed order, and where they came from (lib/data/lm-sources.ts reads them). */
export interface SourceDocuments {
  id: LmSourceId;
  packages: PackageRef[];
  documents: string[];
}

const packageSchema = z.object({ name: z.string(), version: z.string(), license: z.string() });

const sourceSchema = z.object({
  id: z.enum(LM_SOURCE_IDS),
  label: z.string(),
  packages: z.array(packageSchema),
  train: z.string(),
  heldout: z.string(),
  trainDocs: z.number().int().positive(),
  heldoutDocs: z.number().int().positive(),
  /** Unigram entropy of this source's training text, bits per character. */
  unigramBits: z.number().nonnegative(),
});

const corpusSchema = z.object({
  version: z.literal(LM_CORPUS_VERSION),
  /** FNV-1a of the vocabulary and texts (hex): a checkpoint records it to say which corpus it was trained on. */
  hash: z.string().regex(/^[0-9a-f]{8}$/),
  /** The vocabulary's tokens, id = position; vocab[0] is `<unk>`. */
  vocab: z.array(z.string()).min(2),
  /** Unigram entropy of all training text together, bits per character (the loss curves' reference line). */
  unigramBits: z.number().nonnegative(),
  sources: z.array(sourceSchema).length(LM_SOURCE_IDS.length),
});

export type LmSource = z.infer<typeof sourceSchema>;
export type LmCorpus = z.infer<typeof corpusSchema>;

/** A source's documents → training and held-out documents (one in HELDOUT_EVERY, by position). */
export function splitDocuments<T>(documents: readonly T[]): { train: T[]; heldout: T[] } {
  const train: T[] = [];
  const heldout: T[] = [];
  documents.forEach((d, i) => (i % HELDOUT_EVERY === HELDOUT_EVERY - 1 ? heldout : train).push(d));
  return { train, heldout };
}

function corpusHash(vocab: readonly string[], sources: readonly Pick<LmSource, 'train' | 'heldout'>[]): string {
  return hashText(JSON.stringify([vocab, sources.map((s) => [s.train, s.heldout])])).toString(16).padStart(8, '0');
}

/** Unigram entropy (bits/char) of `text` under `vocab`'s tokens (unknown characters count as `<unk>`). */
function textUnigramBits(vocab: CharVocab, text: string): number {
  return unigramBits(idCounts(encode(vocab, text), vocab.chars.length));
}

/** The corpus from each source's documents: split, joined, vocabulary from the training parts, entropies, hash. */
export function buildLmCorpus(sources: readonly SourceDocuments[], cap: number = VOCAB_CAP): LmCorpus {
  const ids = sources.map((s) => s.id).join(',');
  if (ids !== LM_SOURCE_IDS.join(',')) throw new RangeError(`sources must be ${LM_SOURCE_IDS.join(', ')} in that order, got ${ids}`);
  const splits = sources.map((s) => {
    const { train, heldout } = splitDocuments(s.documents);
    if (heldout.length === 0) throw new RangeError(`source ${s.id} needs at least ${HELDOUT_EVERY} documents for a held-out part`);
    return { source: s, train, heldout, text: { train: train.join(DOC_SEPARATOR), heldout: heldout.join(DOC_SEPARATOR) } };
  });
  const vocab = buildCharVocab(
    splits.map((s) => s.text.train),
    cap,
  );
  const built: LmSource[] = splits.map(({ source, train, heldout, text }) => ({
    id: source.id,
    label: LM_SOURCE_LABELS[source.id],
    packages: source.packages,
    train: text.train,
    heldout: text.heldout,
    trainDocs: train.length,
    heldoutDocs: heldout.length,
    unigramBits: textUnigramBits(vocab, text.train),
  }));
  const chars = [...vocab.chars];
  return {
    version: LM_CORPUS_VERSION,
    hash: corpusHash(chars, built),
    vocab: chars,
    unigramBits: textUnigramBits(vocab, built.map((s) => s.train).join(DOC_SEPARATOR)),
    sources: built,
  };
}

/** A corpus file's JSON → the corpus, or an error that says what is wrong (shape, version or a hash that does not match). */
export function parseLmCorpus(json: unknown): LmCorpus {
  const corpus = corpusSchema.parse(json);
  const ids = corpus.sources.map((s) => s.id).join(',');
  if (ids !== LM_SOURCE_IDS.join(',')) throw new Error(`corpus sources must be ${LM_SOURCE_IDS.join(', ')}, got ${ids}`);
  const hash = corpusHash(corpus.vocab, corpus.sources);
  if (hash !== corpus.hash) throw new Error(`corpus hash ${corpus.hash} does not match its contents (${hash})`);
  return corpus;
}

/** The corpus's vocabulary, ready to encode with. */
export function corpusVocab(corpus: Pick<LmCorpus, 'vocab'>): CharVocab {
  return vocabFromChars(corpus.vocab);
}
