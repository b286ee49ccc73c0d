/** What a round needs to know about one answer; `correct` is null when the question was skipped. */
export interface RoundAnswer {
  questionId: string;
  correct: boolean | null;
}

/**
 * The questions missed in a round, in the order they were missed, each once. A skipped question is
 * not a miss: it was not answered, so nothing was recorded for it and there is nothing to re-drill.
 */
export function roundMisses(answers: readonly RoundAnswer[]): string[] {
  return [...new Set(answers.filter((a) => a.correct === false).map((a) => a.questionId))];
}
