import type { BuildHtml } from '@/lib/content/markdown';

/**
 * Shows Markdown + KaTeX that was rendered to HTML at build time from content/. The BuildHtml
 * type admits only `markdownToHtml` output, never text from a URL or from storage.
 */
export function BuildHtmlView({ value, block = false, className, id }: { value: BuildHtml; block?: boolean; className?: string; id?: string }) {
  const Tag = block ? 'div' : 'span';
  return <Tag id={id} className={className} dangerouslySetInnerHTML={{ __html: value.html }} />;
}
