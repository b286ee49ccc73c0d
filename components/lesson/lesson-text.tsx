import { BuildHtmlView } from '@/components/content/build-html';
import { markdownToHtml } from '@/lib/content/markdown';

/**
 * A lesson title, summary or objective from front matter, with `$…$` formulas typeset by KaTeX at
 * build time (so "$\sqrt{d_k}$" shows as a root with a subscript, not as "√d_k"). A formula KaTeX
 * cannot render fails the build, naming the lesson file.
 */
export function LessonText({ text, file }: { text: string; file: string }) {
  return <BuildHtmlView value={markdownToHtml(text, file, { inline: true })} />;
}
