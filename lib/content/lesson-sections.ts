import GithubSlugger from 'github-slugger';

/**
 * The headings of a lesson body by the id rehype-slug gives them (same slugger, same document
 * order), e.g. "why-divide-by-d_k" → "Why divide by √d_k". Fenced code is skipped.
 */
export function lessonSections(body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const sections = new Map<string, string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/[*`]/g, '');
    sections.set(slugger.slug(text), text);
  }
  return sections;
}
