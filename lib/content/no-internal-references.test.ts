import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from './paths';

/** Every authored file under content/ (lessons, questions, prompts, catalogs), in both languages. */
function contentFiles(dir = CONTENT_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full);
    return /\.(mdx?|ya?ml|json)$/.test(entry.name) ? [full] : [];
  });
}

// The team's fact sheet is where claims are checked, not a source a learner can open: what a
// learner reads cites the paper, report or code itself
const INTERNAL = /\bFACTS\b/;

describe('content cites primary sources, not internal notes', () => {
  it('finds the pattern it forbids', () => {
    expect(INTERNAL.test('no sliding window (FACTS A9).')).toBe(true);
    expect(INTERNAL.test('Facts about Mixtral')).toBe(false);
  });

  it('no content file mentions the internal fact sheet', () => {
    const hits = contentFiles().flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (INTERNAL.test(line) ? [`${path.relative(CONTENT_DIR, file)}:${i + 1}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
