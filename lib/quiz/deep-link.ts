/** The query parameter of a quiz set page that opens one of its questions: `/quiz/<set>?q=<id>`. */
export const QUESTION_PARAM = 'q';

/** Longest part of an unknown id that a notice repeats (a link can carry any text). */
const SHOWN_CHARS = 40;

/** What a `?q=` value asks for: nothing, a question of the set, or an id the set does not have. */
export type LinkedQuestion = { kind: 'none' } | { kind: 'found'; id: string } | { kind: 'unknown'; shown: string };

/** Reads a `?q=` value against the ids of a set; blank means no link, anything else must match exactly. */
export function linkedQuestion(raw: string | null, ids: readonly string[]): LinkedQuestion {
  const value = raw?.trim() ?? '';
  if (value === '') return { kind: 'none' };
  if (ids.includes(value)) return { kind: 'found', id: value };
  return { kind: 'unknown', shown: value.length <= SHOWN_CHARS ? value : `${value.slice(0, SHOWN_CHARS - 1)}…` };
}

/** The address of one question: its set's page opened at that question. */
export function questionHref(set: string, id: string): string {
  return `/quiz/${encodeURIComponent(set)}?${QUESTION_PARAM}=${encodeURIComponent(id)}`;
}
