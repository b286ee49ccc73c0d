/**
 * Character classes the routing table reads (does an expert own spaces, punctuation, digits?),
 * by Unicode property so that CJK punctuation (，。「」), full-width digits and the ideographic
 * space fall into the same class as their ASCII counterparts.
 */
import { UNK } from '@/lib/data/char-vocab';

export const CHAR_CLASSES = ['space', 'newline', 'punctuation', 'digit', 'latin', 'cjk', 'other'] as const;
export type CharClass = (typeof CHAR_CLASSES)[number];

const NEWLINE = /^[\n\r\u2028\u2029]$/u;
// tab, space, no-break space, ideographic space (U+3000) and the other Unicode spaces
const SPACE = /^[\t\p{Zs}]$/u;
// punctuation and symbols together (code's + = < > | are \p{S}, CJK ，。are \p{P}), but not
// emoji and other pictographs, which are \p{So} too and no kind of punctuation
const PUNCTUATION = /^(?!\p{Extended_Pictographic})[\p{P}\p{S}]$/u;
// decimal digits of any script (ASCII and full-width ０–９)
const DIGIT = /^\p{Nd}$/u;
const LATIN = /^\p{Script=Latin}$/u;
// Han ideographs (Chinese characters; the corpus's Chinese is classical poetry)
const CJK = /^\p{Script=Han}$/u;

/** One character (one code point, or `<unk>`) → its class; `<unk>`, emoji and other scripts are 'other'. */
export function charClass(char: string): CharClass {
  if (char === UNK) return 'other';
  if (NEWLINE.test(char)) return 'newline';
  if (SPACE.test(char)) return 'space';
  if (DIGIT.test(char)) return 'digit';
  if (PUNCTUATION.test(char)) return 'punctuation';
  if (LATIN.test(char)) return 'latin';
  if (CJK.test(char)) return 'cjk';
  return 'other';
}
