/** One question of a finished mock interview; `correct` is null when it was not answered in time. */
export interface MockAnswer {
  questionId: string;
  topic: string;
  correct: boolean | null;
}

/** Score of one topic within a mock interview. */
export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

/** The score report shown at the end of a mock interview. */
export interface MockReport {
  correct: number;
  answered: number;
  total: number;
  byTopic: TopicScore[];
  /** topics scored below the threshold, weakest first: what to review next */
  weakTopics: string[];
}

/** Default share of correct answers below which a topic is reported as weak. */
export const WEAK_BELOW = 0.7;

/** Totals, per-topic scores and weak topics; unanswered questions count as not correct. */
export function mockReport(answers: readonly MockAnswer[], weakBelow = WEAK_BELOW): MockReport {
  const byTopic = new Map<string, TopicScore>();
  for (const a of answers) {
    const row = byTopic.get(a.topic) ?? { topic: a.topic, correct: 0, total: 0 };
    row.total += 1;
    if (a.correct === true) row.correct += 1;
    byTopic.set(a.topic, row);
  }
  const rows = [...byTopic.values()];
  const share = (row: TopicScore) => row.correct / row.total;
  return {
    correct: answers.filter((a) => a.correct === true).length,
    answered: answers.filter((a) => a.correct !== null).length,
    total: answers.length,
    byTopic: rows,
    weakTopics: rows
      .filter((row) => share(row) < weakBelow)
      .sort((a, b) => share(a) - share(b))
      .map((row) => row.topic),
  };
}
