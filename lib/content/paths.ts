import path from 'node:path';

/** Root of the authored content; loaders take a directory so tests can point them at fixtures. */
export const CONTENT_DIR = path.join(process.cwd(), 'content');

/** A path relative to the repository root, for messages that name a file. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
