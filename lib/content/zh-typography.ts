/**
 * Punctuation of Chinese prose (GB/T 15834 as d2l-zh writes it): a Chinese sentence takes
 * full-width marks, so an ASCII comma, colon, semicolon, question or exclamation mark right after
 * a Chinese character is a slip, and so is a citation year in half-width parentheses inside a
 * Chinese sentence (Vaswani et al.（2017）提出…). Code, math, link targets and JSX are not prose.
 */
export interface TypographySlip {
  line: number;
  found: string;
  rule: string;
}

const HAN = '\\u3400-\\u9fff';

const RULES: { rule: string; pattern: RegExp }[] = [
  { rule: 'full-width punctuation after a Chinese character (，：；？！)', pattern: new RegExp(`[${HAN}][,:;?!](?=\\s|$|[${HAN}])`, 'g') },
  { rule: 'a citation year in full-width parentheses: （2017）', pattern: new RegExp(`\\((?:1[89]|20)\\d\\d[a-z]?\\)\\s?(?=[${HAN}，。；：、])|[${HAN}]\\s?\\((?:1[89]|20)\\d\\d[a-z]?\\)`, 'g') },
];

/** Blanks what is not prose, keeping line breaks so slips report the right line. */
function prose(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$[^$\n]+\$/g, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/<\/?[A-Za-z][^<>]*\/?>/g, blank);
}

export function findTypographySlips(text: string): TypographySlip[] {
  const body = prose(text);
  const found = RULES.flatMap(({ rule, pattern }) => [...body.matchAll(pattern)].map((match) => ({ at: match.index, found: match[0], rule })));
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ at, ...slip }) => ({ line: body.slice(0, at).split('\n').length, ...slip }));
}
