/** Words a learner reads per minute in technical prose with formulas (slower than fiction). */
const WORDS_PER_MINUTE = 180;

/** Minutes to read an MDX body: prose words plus a fixed cost per display formula. */
export function readingMinutes(body: string): number {
  const displayMath = (body.match(/\$\$/g)?.length ?? 0) / 2;
  const prose = body.replace(/\$\$[\s\S]*?\$\$/g, ' ').replace(/<[^>]+>/g, ' ');
  const words = prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + displayMath * 0.25));
}
