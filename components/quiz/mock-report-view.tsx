'use client';

import Link from '@/components/layout/link';
import { useEffect, useRef } from 'react';
import { useT } from '@/components/i18n/locale-context';
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

/**
 * The mock interview's report: totals, then a row per topic, weakest first (share correct, key
 * points covered in its explain-aloud answers, the lesson sections of its misses to review), and
 * the weak topics with where to practise them.
 */
export function MockReportView({ views, answers, seconds, practiceSets, onRestart }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const byId = new Map(views.map((v) => [v.question.id, v]));
  const report = mockReport(
    answers.map((a) => {
      const v = byId.get(a.questionId);
      return { ...a, review: v?.lessonHref && v.lessonTitle ? { href: v.lessonHref, title: v.lessonTitle } : null };
    }),
  );
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
      <div className="score-table__scroll">
        <table className="score-table score-table--report" data-testid="mock-topics">
          <caption className="visually-hidden">{t('quiz.mock.byTopic')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.topic')}</th>
              <th scope="col">{t('quiz.mock.correct')}</th>
              <th scope="col">{t('quiz.mock.coverage')}</th>
              <th scope="col">{t('quiz.mock.review')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byTopic.map((row) => (
              <tr key={row.topic} data-topic={row.topic} data-share={row.share}>
                <th scope="row">{topicLabel(row.topic, t)}</th>
                <td data-label={t('quiz.mock.correct')}>{t('quiz.mock.ratio', { correct: row.correct, total: row.total })}</td>
                <td data-label={t('quiz.mock.coverage')} data-coverage={row.rubric?.coverage}>
                  {row.rubric
                    ? t(row.rubric.count === 1 ? 'quiz.mock.coverageValue' : 'quiz.mock.coverageMean', { percent: Math.round(row.rubric.coverage * 100), count: row.rubric.count })
                    : t('quiz.mock.noCoverage')}
                </td>
                <td data-label={t('quiz.mock.review')}>
                  {row.review.length === 0 ? (
                    t('quiz.mock.noCoverage')
                  ) : (
                    <ul className="mock-report__review">
                      {row.review.map((link) => (
                        <li key={link.href}>
                          <Link href={link.href}>{link.title}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('quiz.mock.weak')}</h3>
      {report.weakTopics.length === 0 ? (
        <p>{t('quiz.mock.noWeak')}</p>
      ) : (
        <ul className="weak-topics" data-testid="weak-topics">
          {report.weakTopics.map((topic) => (
            <li key={topic} data-topic={topic}>
              <strong>{topicLabel(topic, t)}</strong>
              {practiceSets[topic] ? (
                <>
                  {' — '}
                  <Link href={`/quiz/${practiceSets[topic]}`}>{t('quiz.mock.practise')}</Link>
                </>
              ) : null}
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
