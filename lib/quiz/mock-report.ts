/** A lesson section to review: the lesson link of a question. */
export interface ReviewLink {
  href: string;
  title: string;
}

/** One question of a finished mock interview; `correct` is null when it was not answered in time. */
export interface MockAnswer {
  questionId: string;
  topic: string;
  correct: boolean | null;
  /** rubric recall: the share of key points covered, 0–1 */
  coverage?: number;
  /** where the question's lesson section is (null: not published) */
  review?: ReviewLink | null;
}

/** Score of one topic within a mock interview. */
export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
  /** correct / total */
  share: number;
  /** rubric-recall answers of the topic and their mean share of key points covered (null: none) */
  rubric: { count: number; coverage: number } | null;
  /** the lesson sections of the topic's questions not answered correctly, each once, in the order asked */
  review: ReviewLink[];
}

/** The score report shown at the end of a mock interview. */
export interface MockReport {
  correct: number;
  answered: number;
  total: number;
  /** one row per topic, weakest first */
  byTopic: TopicScore[];
  /** topics scored below the threshold, weakest first: what to review next */
  weakTopics: string[];
}

/** Default share of correct answers below which a topic is reported as weak. */
export const WEAK_BELOW = 0.7;

/**
 * Weakest first: the lower share correct, then the lower key-point coverage (a topic without a
 * rubric answer counts as fully covered, so evidence of gaps ranks first), then the topic's name.
 */
function weaker(a: TopicScore, b: TopicScore): number {
  return a.share - b.share || (a.rubric?.coverage ?? 1) - (b.rubric?.coverage ?? 1) || a.topic.localeCompare(b.topic);
}

/** Totals, per-topic scores (weakest first) and weak topics; unanswered questions count as not correct. */
export function mockReport(answers: readonly MockAnswer[], weakBelow = WEAK_BELOW): MockReport {
  type Tally = { correct: number; total: number; coverages: number[]; review: Map<string, ReviewLink> };
  const byTopic = new Map<string, Tally>();
  for (const a of answers) {
    const row: Tally = byTopic.get(a.topic) ?? { correct: 0, total: 0, coverages: [], review: new Map() };
    row.total += 1;
    if (a.correct === true) row.correct += 1;
    if (a.coverage !== undefined) row.coverages.push(a.coverage);
    if (a.correct !== true && a.review && !row.review.has(a.review.href)) row.review.set(a.review.href, a.review);
    byTopic.set(a.topic, row);
  }
  const rows: TopicScore[] = [...byTopic].map(([topic, row]) => ({
    topic,
    correct: row.correct,
    total: row.total,
    share: row.correct / row.total,
    rubric: row.coverages.length === 0 ? null : { count: row.coverages.length, coverage: row.coverages.reduce((s, c) => s + c, 0) / row.coverages.length },
    review: [...row.review.values()],
  }));
  rows.sort(weaker);
  return {
    correct: answers.filter((a) => a.correct === true).length,
    answered: answers.filter((a) => a.correct !== null).length,
    total: answers.length,
    byTopic: rows,
    weakTopics: rows.filter((row) => row.share < weakBelow).map((row) => row.topic),
  };
}
