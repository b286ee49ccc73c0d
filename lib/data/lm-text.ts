/**
 * Turning the raw files of the MoE Language Model's three sources into plain documents: pure
 * string functions (no file access), so the build script, the unit tests and the training script
 * read the packages the same way. lib/data/lm-sources.ts reads the files; lm-corpus.ts splits and
 * packs the documents.
 */

/** One normal form for every text the model sees (corpus and learner): NFC, `\n` line ends, no tabs. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '  ');
}

/** Tokens written without a space before them (closing punctuation and Brown's closing quote ''). */
const NO_SPACE_BEFORE = new Set(['.', ',', ':', ';', '?', '!', ')', ']', "''", "'", '--']);
/** Tokens written without a space after them (opening quote `` and brackets; -- joins both sides). */
const NO_SPACE_AFTER = new Set(['``', '(', '[', '--']);

/** A Brown corpus word as printed: `` and '' are the typesetter's opening and closing double quotes. */
function printed(word: string): string {
  return word === '``' || word === "''" ? '"' : word;
}

/**
 * One tagged Brown sentence (`The/at jury/nn said/vbd ./.`) → the sentence as printed. The
 * part-of-speech tag follows the last `/` of each token; punctuation is re-attached to its word.
 */
export function detagBrownSentence(line: string): string {
  let out = '';
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    const slash = token.lastIndexOf('/');
    if (slash <= 0) continue;
    const word = token.slice(0, slash);
    if (!glue && !NO_SPACE_BEFORE.has(word)) out += ' ';
    out += printed(word);
    glue = NO_SPACE_AFTER.has(word);
  }
  return out;
}

/**
 * A Brown corpus file → its paragraphs, each as printed. In the file a paragraph is a run of
 * non-blank lines (one tagged sentence per line); blank lines separate paragraphs.
 */
export function brownParagraphs(file: string): string[] {
  return normalizeText(file)
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map(detagBrownSentence)
        .filter((s) => s.length > 0)
        .join(' '),
    )
    .filter((p) => p.length > 0);
}

/** The leading paragraphs of `paragraphs` whose text first reaches `chars` characters (at least one), joined by line breaks. */
export function leadingParagraphs(paragraphs: readonly string[], chars: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const p of paragraphs) {
    if (kept.length > 0 && length >= chars) break;
    length += p.length + (kept.length > 0 ? 1 : 0);
    kept.push(p);
  }
  return kept.join('\n');
}

/** One poem of the chinese-poetry package (ci.song.*.json entries have these fields). */
export interface Poem {
  paragraphs: string[];
}

/** A poem → one line of text: its lines run on (each already ends in its own punctuation, e.g. 。). */
export function poemText(poem: Poem): string {
  return normalizeText(poem.paragraphs.join('')).replace(/\s+/g, '');
}

/** Han characters and the punctuation the poems use: nothing else belongs in a clean poem. */
const POEM_CHARS = /^[\p{Script=Han}。，、；：？！《》（）…·“”‘’]+$/u;

/**
 * Whether a poem's text is all characters and punctuation. The collection marks characters it
 * could not read with □ or U+FFFD and has a few stray kana, Cyrillic and box-drawing marks: such
 * poems are left out rather than teaching the model those marks.
 */
export function isCleanPoem(text: string): boolean {
  return POEM_CHARS.test(text);
}

/** A line of a UMD bundle's closing export block: `exports.x = x;`, the ES-module flag, the wrapper's close. */
const EXPORT_LINE = /^(exports\.|Object\.defineProperty\(exports|\}\)\);)/;

/**
 * A d3 UMD bundle (dist/d3-*.js) → its functions and declarations as documents: the UMD wrapper
 * (every line up to `'use strict';`) and the closing export block are the same in every bundle,
 * so they are left out; what remains is split at blank lines into top-level blocks.
 */
export function codeBlocks(bundle: string): string[] {
  const text = normalizeText(bundle);
  const start = text.indexOf("'use strict';");
  return text
    .slice(start < 0 ? 0 : start + "'use strict';".length)
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.length > 0 && !block.split('\n').every((line) => EXPORT_LINE.test(line.trim())));
}

/** Consecutive blocks grouped into documents of at least `chars` characters (the last may be shorter), joined by blank lines. */
export function groupBlocks(blocks: readonly string[], chars: number): string[] {
  const docs: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const block of blocks) {
    length += block.length + (current.length > 0 ? 2 : 0);
    current.push(block);
    if (length >= chars) {
      docs.push(current.join('\n\n'));
      current = [];
      length = 0;
    }
  }
  if (current.length > 0) docs.push(current.join('\n\n'));
  return docs;
}
