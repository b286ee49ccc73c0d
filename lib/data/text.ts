/** Text handling shared by the widgets that read a learner's sentence (Routing Lab, Attention Explorer). */

/** Whitespace tokenisation: the toy stands in for a subword tokeniser (one token per word). */
export function tokenize(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** FNV-1a hash of the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
