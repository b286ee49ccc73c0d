'use client';

import { useState } from 'react';
import type { QuestionView } from './question-view';
import { QuizSession, type SessionAnswer } from './quiz-session';
import { SessionSummary } from './session-summary';

/** Practise one set, question by question, then see the score; "again" starts a fresh round. */
export function PracticeQuiz({ views }: { views: QuestionView[] }) {
  const [round, setRound] = useState(0);
  const [done, setDone] = useState<SessionAnswer[] | null>(null);
  if (done) {
    return (
      <SessionSummary
        answers={done}
        views={views}
        onRestart={() => {
          setDone(null);
          setRound(round + 1);
        }}
      />
    );
  }
  return <QuizSession key={round} views={views} mode="practice" onComplete={setDone} />;
}
