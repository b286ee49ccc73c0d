import { evaluateSync } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { rehypeFailOnMathError } from './rehype-fail-on-math-error';

/**
 * Compiles a short Markdown string (a quiz prompt, choice or explanation) with KaTeX math into a
 * component, synchronously, at build time. It is parsed as plain Markdown, not MDX, so text such as
 * "<90%" or "{x}" stays text and no markup or script in it can run. A formula KaTeX cannot render
 * throws, naming `label`.
 */
export function compileMarkdown(text: string, label: string): MDXContent {
  const file = new VFile({ value: text, path: label });
  const { default: Content } = evaluateSync(file, {
    ...runtime,
    format: 'md',
    remarkPlugins: [remarkGfm, remarkMath],
    rehypePlugins: [[rehypeKatex, { strict: 'error' }], rehypeFailOnMathError],
  });
  return Content;
}
