import type { Attempt } from './progress-schema';

/** A question as the progress views know it: enough to group it by topic. */
export interface QuestionRef {
  id: string;
  topic: string;
}

/** How far a learner is through one topic. */
export interface TopicMastery {
  topic: string;
  /** questions in the bank for this topic */
  total: number;
  /** of those, answered at least once */
  answered: number;
  /** of those, answered correctly the last time */
  mastered: number;
  /** mastered / total, in [0, 1] */
  share: number;
}

/**
 * Mastery per topic, in the order topics first appear in `questions`: a question counts as
 * mastered when its most recent attempt was correct. Attempts at questions no longer in the
 * bank are ignored.
 */
export function masteryByTopic(attempts: readonly Attempt[], questions: readonly QuestionRef[]): TopicMastery[] {
  const latest = new Map<string, boolean>();
  for (const attempt of attempts) latest.set(attempt.questionId, attempt.correct);
  const byTopic = new Map<string, TopicMastery>();
  for (const q of questions) {
    const row = byTopic.get(q.topic) ?? { topic: q.topic, total: 0, answered: 0, mastered: 0, share: 0 };
    row.total += 1;
    if (latest.has(q.id)) row.answered += 1;
    if (latest.get(q.id) === true) row.mastered += 1;
    row.share = row.mastered / row.total;
    byTopic.set(q.topic, row);
  }
  return [...byTopic.values()];
}
