import { evaluate } from '@mdx-js/mdx';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { rehypeFailOnMathError } from '@/lib/content/rehype-fail-on-math-error';
import { rehypeRefuseColour } from '@/lib/content/refuse-colour';
import { rehypeFocusableDisplayMath } from '@/lib/content/rehype-focusable-display-math';
import { rehypeHeadingIds } from '@/lib/content/rehype-heading-ids';
import { rehypeLessonSections } from '@/lib/content/rehype-lesson-sections';
import { rehypeMathHtml } from '@/lib/content/rehype-math-html';
import { rehypeToc, type TocEntry } from '@/lib/content/rehype-toc';

/** A compiled lesson body and its table of contents. */
export interface CompiledMdx {
  Content: MDXContent;
  toc: TocEntry[];
}

/**
 * Compiles MDX at build time (in a server component) with KaTeX math. A formula KaTeX cannot
 * render fails the build with the file and line, so a learner never sees a red error box.
 * A translation passes the English lesson's `anchors` (its headings take them by position).
 */
export async function compileMdx(source: string, file: string, options: { anchors?: readonly string[] } = {}): Promise<CompiledMdx> {
  const vfile = new VFile({ value: source, path: file });
  const { default: Content } = await evaluate(vfile, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkMath],
    rehypePlugins: [[rehypeHeadingIds, { anchors: options.anchors }], rehypeSlug, rehypeRefuseColour, [rehypeKatex, { strict: 'error' }], rehypeFailOnMathError, rehypeFocusableDisplayMath, rehypeToc, rehypeLessonSections, rehypeMathHtml],
  });
  return { Content, toc: (vfile.data.toc as TocEntry[] | undefined) ?? [] };
}
