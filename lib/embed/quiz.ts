import { t as english } from '@/lib/i18n';
import { quote, type Translate } from '@/lib/params/knobs';
import type { XapiStatement } from './protocol';

export const MAX_IDS = 50;

/**
 * `?ids=a,b` → the chosen questions of a set, in the given order; unknown or repeated ids are
 * reported. No valid id (or no `ids`) → the whole set.
 */
export function selectQuestions(all: readonly string[], raw: string | null, t: Translate = english): { ids: string[]; notices: string[] } {
  if (raw === null || raw.trim() === '') return { ids: [...all], notices: [] };
  const asked = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const notices: string[] = [];
  if (asked.length > MAX_IDS) notices.push(t('embed.notice.idsTooMany', { count: asked.length, max: MAX_IDS }));
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of asked.slice(0, MAX_IDS)) {
    if (!all.includes(id)) unknown.push(id);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length) {
    const list = `${unknown.slice(0, 5).map(quote).join(t('punct.listSeparator'))}${unknown.length > 5 ? ' …' : ''}`;
    notices.push(t(unknown.length === 1 ? 'embed.notice.idsUnknownOne' : 'embed.notice.idsUnknownMany', { ids: list }));
  }
  if (ids.length === 0) {
    notices.push(t('embed.notice.idsNone'));
    return { ids: [...all], notices };
  }
  return { ids, notices };
}

export interface QuizScore {
  correct: number;
  answered: number;
  total: number;
}

export const XAPI_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const XAPI_INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** The activity IRI of a question: its quiz page on the site, with the question id as fragment. */
export function questionIri(origin: string, set: string, questionId: string): string {
  return `${new URL(`/quiz/${encodeURIComponent(set)}`, origin).toString()}#${encodeURIComponent(questionId)}`;
}

/**
 * An xAPI-shaped "answered" statement for one question. The actor is left out (the frame does not
 * know the learner; the host adds it). `score` is the running score of the session.
 */
export function answeredStatement(o: { origin: string; set: string; questionId: string; correct: boolean; score: QuizScore; timestamp: Date }): XapiStatement {
  const max = Math.max(1, o.score.total);
  return {
    verb: { id: XAPI_ANSWERED, display: { 'en-US': 'answered' } },
    object: { objectType: 'Activity', id: questionIri(o.origin, o.set, o.questionId), definition: { type: XAPI_INTERACTION } },
    result: {
      success: o.correct,
      completion: o.score.answered >= o.score.total,
      score: { raw: o.score.correct, min: 0, max, scaled: Math.min(1, o.score.correct / max) },
    },
    timestamp: o.timestamp.toISOString(),
  };
}
