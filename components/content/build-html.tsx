import type { BuildHtml } from '@/lib/content/markdown';

/**
 * Shows Markdown + KaTeX that was rendered to HTML at build time from content/. The BuildHtml
 * type admits only `markdownToHtml` and `texToHtml` output, never text from a URL or from storage.
 * `focusable` gives it a tab stop (a wide formula that scrolls sideways).
 */
export function BuildHtmlView({
  value,
  block = false,
  className,
  id,
  focusable = false,
  lang,
}: {
  value: BuildHtml;
  block?: boolean;
  className?: string;
  id?: string;
  focusable?: boolean;
  /** the language of this text where it differs from the page's (an untranslated part) */
  lang?: string;
}) {
  const Tag = block ? 'div' : 'span';
  return <Tag id={id} className={className} lang={lang} tabIndex={focusable ? 0 : undefined} dangerouslySetInnerHTML={{ __html: value.html }} />;
}
