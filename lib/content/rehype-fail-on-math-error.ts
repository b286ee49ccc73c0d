import type { Root } from 'hast';
import type { VFile } from 'vfile';

/** rehype-katex only warns on a bad formula; turn its messages into a build failure. */
export function rehypeFailOnMathError() {
  return (_tree: Root, file: VFile) => {
    const bad = file.messages.find((m) => m.source === 'rehype-katex');
    if (bad) {
      const where = bad.line ? `:${bad.line}:${bad.column ?? 1}` : '';
      const cause = bad.cause instanceof Error ? bad.cause.message : String(bad.reason);
      throw new Error(`${file.path}${where}: KaTeX cannot render a formula: ${cause}`);
    }
  };
}
