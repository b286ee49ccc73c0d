import fs from 'node:fs';
import path from 'node:path';
import { transpile } from './transpile';

/**
 * The harness as the browser gets it: `harness.ts` transpiled by the same `transpile` the editor
 * uses. Read at build time by the practice page (shipped to the sandbox) and by Vitest.
 */
export function harnessSource(root = process.cwd()): string {
  const out = transpile(fs.readFileSync(path.join(root, 'lib', 'exercises', 'harness.ts'), 'utf8'));
  if (!out.ok) throw new Error(`lib/exercises/harness.ts: ${out.error.message} (line ${out.error.line ?? '?'})`);
  return out.code;
}
