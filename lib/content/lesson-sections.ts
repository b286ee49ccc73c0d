import GithubSlugger from 'github-slugger';
import { texToPlain } from './tex-to-plain';

/**
 * The headings of a lesson body by the id rehype-heading-ids gives them (same slugger, same
 * document order), e.g. "why-divide-by-d_k" → "Why divide by √d_k". Fenced code is skipped.
 * `anchors` (a translation's, from the English lesson) replace the slugs by position.
 */
export function lessonSections(body: string, anchors?: readonly string[]): Map<string, string> {
  const slugger = new GithubSlugger();
  const sections = new Map<string, string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    // formulas read as plain text, as rehype-heading-ids slugs them: "$\sqrt{d_k}$" → "√d_k"
    const text = heading[1].replace(/[*`]/g, '').replace(/\$([^$]+)\$/g, (_whole, tex: string) => texToPlain(tex));
    // a translation's i-th heading has the English lesson's i-th anchor (Lesson.anchors)
    const slug = slugger.slug(text);
    sections.set(anchors?.[sections.size] ?? slug, text);
  }
  return sections;
}
