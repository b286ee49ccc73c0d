'use client';

import Link from '@/components/layout/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { linkedQuestion, QUESTION_PARAM } from '@/lib/quiz/deep-link';
import type { QuestionView } from './question-view';
import { QuizSession, type SessionAnswer } from './quiz-session';
import { SessionSummary } from './session-summary';

/** Which questions a round asks: the whole set, or a chosen few (a linked question, the last round's misses). */
interface Round {
  n: number;
  views: readonly QuestionView[] | null;
  drill: boolean;
}

interface Props {
  views: QuestionView[];
  /** the page's `?q=` value: a question id to open on its own, or null */
  linked?: string | null;
}

/**
 * Practise one set, question by question, then see the score and the misses; "Review my misses"
 * re-drills just those, "Practise again" starts the whole set. `linked` opens one question alone;
 * an id the set does not have shows a notice and the whole set.
 */
export function PracticeQuiz({ views, linked = null }: Props) {
  const t = useT();
  const router = useRouter();
  const pathname = usePathname();
  const link = linkedQuestion(linked, views.map((v) => v.question.id));
  const [round, setRound] = useState<Round>(() => ({ n: 0, views: link.kind === 'found' ? views.filter((v) => v.question.id === link.id) : null, drill: false }));
  const [done, setDone] = useState<SessionAnswer[] | null>(null);
  const asked = round.views ?? views;
  const start = (chosen: readonly QuestionView[] | null, drill: boolean) => {
    setDone(null);
    setRound((r) => ({ n: r.n + 1, views: chosen, drill }));
  };
  // a linked page restarts by dropping `?q=` (a reload then gives the whole set too); the page remounts this component
  const restart = () => (linked === null ? start(null, false) : router.replace(pathname, { scroll: false }));

  return (
    <>
      {link.kind === 'unknown' ? (
        <p className="notice quiz-link" role="status" data-testid="question-link-notice">
          {t('quiz.link.unknown', { id: link.shown })}
        </p>
      ) : null}
      {link.kind === 'found' && round.n === 0 && !done ? (
        <p className="quiz-link muted" data-testid="question-link">
          {t('quiz.link.one')} <Link href={pathname}>{t('quiz.link.whole')}</Link>
        </p>
      ) : null}
      {round.drill && !done ? (
        <p className="quiz-link muted" data-testid="drill-note">
          {t('quiz.drill.bar')}
        </p>
      ) : null}
      {done ? (
        <SessionSummary answers={done} views={asked} onRestart={restart} onDrill={(missed) => start(missed, true)} />
      ) : (
        <QuizSession key={round.n} views={asked} mode="practice" drill={round.drill} onComplete={setDone} />
      )}
    </>
  );
}

/**
 * The set page's quiz with its `?q=` link read in the browser (the page itself is static). Keyed by
 * the link, so following a link to another question of the same page starts that question afresh.
 */
export function LinkedPracticeQuiz({ views }: { views: QuestionView[] }) {
  const linked = useSearchParams().get(QUESTION_PARAM);
  return <PracticeQuiz key={linked ?? ''} views={views} linked={linked} />;
}
