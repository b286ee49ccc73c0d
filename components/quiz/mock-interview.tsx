'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { createRandom } from '@/lib/math';
import { pickMockQuestions } from '@/lib/quiz/mock-pick';
import { MockReportView } from './mock-report-view';
import { MockTimer } from './mock-timer';
import type { QuestionView } from './question-view';
import { QuizSession, type SessionAnswer } from './quiz-session';

/** Interview lengths on offer: about a minute and a half per question, as in a technical screen. */
const LENGTHS = [
  { count: 5, minutes: 8 },
  { count: 10, minutes: 15 },
  { count: 20, minutes: 30 },
] as const;

type Phase =
  | { name: 'setup' }
  | { name: 'running'; views: QuestionView[]; startedAt: number; deadline: number }
  | { name: 'report'; views: QuestionView[]; answers: SessionAnswer[]; seconds: number };

/** A timed interview over mixed topics, difficulties and kinds (MOCK_KINDS), ending in a per-topic report. */
export function MockInterview({ views, practiceSets }: { views: QuestionView[]; practiceSets: Record<string, string> }) {
  const t = useT();
  const [length, setLength] = useState(1);
  const [phase, setPhase] = useState<Phase>({ name: 'setup' });
  const [answers, setAnswers] = useState<SessionAnswer[]>([]);

  const start = () => {
    const { count, minutes } = LENGTHS[length];
    const candidates = views.map((v) => ({ ...v.question, view: v }));
    const picked = pickMockQuestions(candidates, count, createRandom(Date.now())).map((c) => c.view);
    const startedAt = Date.now();
    setAnswers([]);
    setPhase({ name: 'running', views: picked, startedAt, deadline: startedAt + minutes * 60_000 });
  };
  const finish = (given: SessionAnswer[]) => {
    if (phase.name !== 'running') return;
    // questions not reached before time ran out count as unanswered
    const seen = new Set(given.map((a) => a.questionId));
    const rest = phase.views.filter((v) => !seen.has(v.question.id)).map((v) => ({ questionId: v.question.id, topic: v.question.topic, correct: null }));
    const seconds = Math.round((Math.min(Date.now(), phase.deadline) - phase.startedAt) / 1000);
    setPhase({ name: 'report', views: phase.views, answers: [...given, ...rest], seconds });
  };

  if (phase.name === 'running') {
    return (
      <QuizSession
        views={phase.views}
        mode="mock"
        toolbar={<MockTimer deadline={phase.deadline} onTimeUp={() => finish(answers)} />}
        onAnswer={(a) => setAnswers((list) => [...list, a])}
        onComplete={finish}
      />
    );
  }
  if (phase.name === 'report') {
    return <MockReportView views={phase.views} answers={phase.answers} seconds={phase.seconds} practiceSets={practiceSets} onRestart={() => setPhase({ name: 'setup' })} />;
  }
  return (
    <form
      className="panel mock-setup"
      onSubmit={(event) => {
        event.preventDefault();
        start();
      }}
    >
      <fieldset>
        <legend>{t('quiz.mock.length')}</legend>
        {LENGTHS.map((l, i) => (
          <label key={l.count} className="mock-setup__option">
            <input type="radio" name="length" checked={length === i} onChange={() => setLength(i)} />
            {t('quiz.mock.option', { count: Math.min(l.count, views.length), minutes: l.minutes })}
          </label>
        ))}
      </fieldset>
      <p className="response__hint">{t('quiz.mock.rules')}</p>
      <p className="response__hint">{t('quiz.mock.kinds')}</p>
      <button type="submit" className="button button--primary">
        {t('quiz.mock.start')}
      </button>
    </form>
  );
}
