/**
 * The MoE Language Model's character vocabulary: one token per Unicode code point (not per
 * UTF-16 unit, so a Chinese character or an astral symbol is one token and shows as itself),
 * built from the corpus's training split and capped; anything else is `<unk>`.
 */
import type { MessageKey } from '@/lib/i18n';
import { entropy } from '@/lib/math';
import { normalizeText } from './lm-text';

/**
 * The page's `t` for the notices below. Without one they are in English, written out here so
 * that the model's worker, which only needs the counts, does not bundle the English catalog.
 */
export type NoticeT = (key: MessageKey, vars?: Record<string, string | number>) => string;

const ENGLISH: Partial<Record<MessageKey, (v: Record<string, string | number>) => string>> = {
  'lm.notice.textCut': (v) => `The text has ${v.count} characters; using the first ${v.max}.`,
  'lm.notice.unknown.one': (v) => `1 character is not in the model's vocabulary and shows as ${v.unk}.`,
  'lm.notice.unknown': (v) => `${v.n} characters are not in the model's vocabulary and show as ${v.unk}.`,
};
const english: NoticeT = (key, vars = {}) => ENGLISH[key]!(vars);

export const UNK = '<unk>';
export const UNK_ID = 0;
/** The vocabulary's size cap, `<unk>` included. */
export const VOCAB_CAP = 2000;
/** The most characters a learner's text may have; longer text is cut with a notice. */
export const MAX_INPUT_CHARS = 2000;

/** A vocabulary: `chars[id]` is the token (chars[0] = `<unk>`), `index` the way back. */
export interface CharVocab {
  readonly chars: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

/** Line break and printable ASCII (space … ~): always in the vocabulary, seen in training or not. */
export const BASE_CHARS: readonly string[] = ['\n', ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i))];

/** A vocabulary from its token list (as the corpus file and checkpoints store it). */
export function vocabFromChars(chars: readonly string[]): CharVocab {
  if (chars[UNK_ID] !== UNK) throw new RangeError(`token ${UNK_ID} must be ${UNK}`);
  const index = new Map<string, number>();
  chars.forEach((c, i) => {
    if (i === UNK_ID) return;
    if ([...c].length !== 1) throw new RangeError(`token ${i} must be one code point, got ${JSON.stringify(c)}`);
    if (index.has(c)) throw new RangeError(`token ${JSON.stringify(c)} appears twice`);
    index.set(c, i);
  });
  return { chars, index };
}

/** How often each code point occurs in `texts`. */
export function charCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * The vocabulary of `texts`: `<unk>`, BASE_CHARS, then the other characters by falling frequency
 * (ties by code point, so the result does not depend on the order of the texts) up to `cap` tokens.
 */
export function buildCharVocab(texts: readonly string[], cap: number = VOCAB_CAP): CharVocab {
  if (cap < 1 + BASE_CHARS.length) throw new RangeError(`cap must be at least ${1 + BASE_CHARS.length}, got ${cap}`);
  const base = new Set(BASE_CHARS);
  const rest = [...charCounts(texts)]
    .filter(([c]) => !base.has(c))
    .sort(([a, na], [b, nb]) => nb - na || a.codePointAt(0)! - b.codePointAt(0)!)
    .slice(0, cap - 1 - BASE_CHARS.length)
    .map(([c]) => c);
  return vocabFromChars([UNK, ...BASE_CHARS, ...rest]);
}

/** `text` as token ids, one per code point; characters outside the vocabulary become UNK_ID. */
export function encode(vocab: CharVocab, text: string): Int32Array {
  const ids = new Int32Array(text.length);
  let n = 0;
  if (text.length < BMP_TABLE_FROM) {
    for (const c of text) ids[n++] = vocab.index.get(c) ?? UNK_ID;
    return ids.slice(0, n);
  }
  // A long text (the corpus, at start-up): one table lookup per UTF-16 unit instead of a string and a Map lookup per code point.
  const table = bmpTable(vocab);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const low = u >= 0xd800 && u < 0xdc00 && i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low < 0xe000) {
      // an astral code point (a surrogate pair): the Map, as for a short text
      ids[n++] = vocab.index.get(text.slice(i, i + 2)) ?? UNK_ID;
      i++;
    } else ids[n++] = table[u];
  }
  return ids.slice(0, n);
}

/** From this many UTF-16 units on, encode builds a lookup table of the Basic Multilingual Plane (65,536 entries). */
const BMP_TABLE_FROM = 65_536;
const bmpTables = new WeakMap<CharVocab, Int32Array>();

/** Every UTF-16 unit's id (lone surrogates included: `for … of` yields them alone); UNK_ID where the vocabulary lacks it. */
function bmpTable(vocab: CharVocab): Int32Array {
  let table = bmpTables.get(vocab);
  if (!table) {
    table = new Int32Array(0x10000).fill(UNK_ID);
    for (const [c, id] of vocab.index) if (c.length === 1) table[c.charCodeAt(0)] = id;
    bmpTables.set(vocab, table);
  }
  return table;
}

/** Token ids → text (`<unk>` for UNK_ID). */
export function decode(vocab: CharVocab, ids: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < ids.length; i++) out += vocab.chars[ids[i]] ?? UNK;
  return out;
}

/** A learner's text ready for the model: its characters, their ids, and what changed on the way. */
export interface PreparedText {
  /** The text's code points after normalising and cutting (what the ids stand for). */
  chars: string[];
  ids: Int32Array;
  /** How many of them are `<unk>`. */
  unknown: number;
  notices: string[];
}

/**
 * Any string → at most `max` code points, NFC-normalised (so é typed as e + ◌́ is one
 * character), with a notice when it was cut. What a URL's text and the model's input both go through.
 */
export function clampText(raw: string, max: number = MAX_INPUT_CHARS, t: NoticeT = english): { chars: string[]; notices: string[] } {
  const chars = [...normalizeText(raw)];
  if (chars.length <= max) return { chars, notices: [] };
  return {
    chars: chars.slice(0, max),
    notices: [t('lm.notice.textCut', { count: chars.length.toLocaleString('en-US'), max: max.toLocaleString('en-US') })],
  };
}

/** The notice for `unknown` characters outside the vocabulary (none for 0). */
export function unknownNotice(unknown: number, t: NoticeT = english): string | null {
  if (unknown <= 0) return null;
  return unknown === 1 ? t('lm.notice.unknown.one', { unk: UNK }) : t('lm.notice.unknown', { n: unknown.toLocaleString('en-US'), unk: UNK });
}

/**
 * Any string → text the model can read: clamped (clampText), each code point mapped to its
 * token. Emoji, right-to-left scripts, combining marks without a precomposed form and any other
 * unseen character become `<unk>`, with a notice.
 */
export function prepareText(vocab: CharVocab, raw: string, max: number = MAX_INPUT_CHARS, t: NoticeT = english): PreparedText {
  const { chars, notices } = clampText(raw, max, t);
  const ids = Int32Array.from(chars, (c) => vocab.index.get(c) ?? UNK_ID);
  const unknown = ids.reduce((n, id) => n + (id === UNK_ID ? 1 : 0), 0);
  const notice = unknownNotice(unknown, t);
  if (notice) notices.push(notice);
  return { chars, ids, unknown, notices };
}

/** How often each id occurs in `ids`, as an array of length `size`. */
export function idCounts(ids: ArrayLike<number>, size: number): number[] {
  const counts = new Array<number>(size).fill(0);
  for (let i = 0; i < ids.length; i++) counts[ids[i]]++;
  return counts;
}

/**
 * Unigram entropy in bits per character of token counts: H = −Σ p log₂ p with p = count / total.
 * A model that ignores context can do no better on text drawn from the same frequencies, so it
 * is the reference line of the loss curves.
 */
export function unigramBits(counts: readonly number[]): number {
  const total = counts.reduce((s, n) => s + n, 0);
  if (!(total > 0)) throw new RangeError('counts must have a positive total');
  return entropy(counts.map((n) => n / total)) / Math.LN2;
}
