'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { QuizSession, type SessionAnswer } from '@/components/quiz/quiz-session';
import type { QuestionView } from '@/components/quiz/question-view';
import { StorageNotices } from '@/components/quiz/storage-notices';
import { SearchNotices } from '@/components/widgets/shared/notices';
import { useT } from '@/components/i18n/locale-context';
import { embedMessage } from '@/lib/embed/protocol';
import { answeredStatement, selectQuestions, type QuizScore } from '@/lib/embed/quiz';
import { sanitizeSearch } from '@/lib/embed/sanitize';
import { publishWidgetState } from './embed-store';
import { postToHost } from './post-to-host';

/**
 * A quiz set (or `?ids=` a chosen list of its questions) in a frame: every answer is reported to
 * the host as `result` with the running score and an xAPI-shaped statement.
 */
export function EmbedQuiz({ set, views }: { set: string; views: QuestionView[] }) {
  const t = useT();
  const search = useSearchParams();
  const [raw] = useState(() => search.toString());
  const { chosen, notices, query } = useMemo(() => {
    const clean = sanitizeSearch(new URLSearchParams(raw), t);
    const ids = clean.search.get('ids');
    const selection = selectQuestions(views.map((v) => v.question.id), ids, t);
    return {
      chosen: selection.ids.map((id) => views.find((v) => v.question.id === id) as QuestionView),
      notices: [...clean.notices, ...selection.notices],
      query: ids === null ? '' : new URLSearchParams({ ids: selection.ids.join(',') }).toString(),
    };
  }, [raw, views, t]);
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<QuizScore | null>(null);
  const score = useRef<QuizScore>({ correct: 0, answered: 0, total: chosen.length });

  useEffect(() => publishWidgetState(query), [query]);

  const onAnswer = (answer: SessionAnswer) => {
    const s = score.current;
    score.current = { correct: s.correct + (answer.correct === true ? 1 : 0), answered: s.answered + 1, total: s.total };
    const correct = answer.correct === true;
    const statement = answeredStatement({ origin: window.location.origin, set, questionId: answer.questionId, correct, score: score.current, timestamp: new Date() });
    postToHost(embedMessage('result', 'quiz', { set, questionId: answer.questionId, correct, skipped: answer.correct === null, score: score.current, statement }));
  };
  const restart = () => {
    score.current = { correct: 0, answered: 0, total: chosen.length };
    setDone(null);
    setRound(round + 1);
  };

  return (
    <div className="embed-quiz" data-testid="embed-quiz" data-count={chosen.length}>
      <SearchNotices notices={notices} />
      <StorageNotices embedded />
      {done ? (
        <section className="summary panel" data-testid="session-summary" aria-labelledby="embed-summary-title">
          <h2 id="embed-summary-title">{t('quiz.summary.title')}</h2>
          <p className="summary__score">{t('quiz.summary.score', { correct: done.correct, total: done.total })}</p>
          <button type="button" className="button button--primary" onClick={restart}>
            {t('quiz.summary.again')}
          </button>
        </section>
      ) : (
        <QuizSession key={round} views={chosen} mode="practice" onAnswer={onAnswer} onComplete={() => setDone(score.current)} />
      )}
    </div>
  );
}
