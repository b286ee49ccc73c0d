'use client';

import Link from '@/components/layout/link';
import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import { mockReport } from '@/lib/quiz/mock-report';
import type { QuestionView } from './question-view';
import type { SessionAnswer } from './quiz-session';
import { topicLabel } from './topic-label';

interface Props {
  views: readonly QuestionView[];
  answers: SessionAnswer[];
  seconds: number;
  practiceSets: Record<string, string>;
  onRestart: () => void;
}

/** The mock interview's score: totals, a row per topic, and the weak topics with where to review them. */
export function MockReportView({ views, answers, seconds, practiceSets, onRestart }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const report = mockReport(answers);
  const missed = new Set(answers.filter((a) => a.correct !== true).map((a) => a.questionId));
  const lessonsFor = (topic: string) => {
    const links = new Map<string, string>();
    for (const v of views) {
      if (v.question.topic === topic && missed.has(v.question.id) && v.lessonHref && v.lessonTitle) links.set(v.lessonHref, v.lessonTitle);
    }
    return [...links];
  };
  return (
    <section className="panel mock-report" data-testid="mock-report" aria-labelledby="mock-report-title">
      <h2 id="mock-report-title" ref={heading} tabIndex={-1}>
        {t('quiz.mock.report')}
      </h2>
      <p className="summary__score" data-testid="mock-score" data-correct={report.correct} data-total={report.total}>
        {t('quiz.summary.score', { correct: report.correct, total: report.total })}{' '}
        {t('quiz.mock.time', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })}
        {report.answered < report.total ? ` ${t('quiz.mock.unanswered', { count: report.total - report.answered })}` : null}
      </p>
      <table className="score-table">
        <caption className="visually-hidden">{t('quiz.mock.byTopic')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.topic')}</th>
            <th scope="col">{t('quiz.mock.correct')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byTopic.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{topicLabel(row.topic)}</th>
              <td>{t('quiz.mock.ratio', { correct: row.correct, total: row.total })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('quiz.mock.weak')}</h3>
      {report.weakTopics.length === 0 ? (
        <p>{t('quiz.mock.noWeak')}</p>
      ) : (
        <ul className="weak-topics" data-testid="weak-topics">
          {report.weakTopics.map((topic) => (
            <li key={topic} data-topic={topic}>
              <strong>{topicLabel(topic)}</strong>
              {practiceSets[topic] ? (
                <>
                  {' — '}
                  <Link href={`/quiz/${practiceSets[topic]}`}>{t('quiz.mock.practise')}</Link>
                </>
              ) : null}
              {lessonsFor(topic).map(([href, title]) => (
                <span key={href}>
                  {' · '}
                  <Link href={href}>{title}</Link>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      <div className="summary__actions">
        <button type="button" className="button button--primary" onClick={onRestart}>
          {t('quiz.mock.again')}
        </button>
        <Link className="button" href="/quiz/review">
          {t('quiz.review.title')}
        </Link>
        <Link className="button" href="/progress">
          {t('progress.title')}
        </Link>
      </div>
    </section>
  );
}
